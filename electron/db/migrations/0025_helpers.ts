// Frozen in time: a migration never imports app code.
// The room's helpers (issue 20, point 6): volunteers and caring mothers (爱心妈妈), the children each
// helps, each visit and the children it was for; and aid given (school supplies, clothes, money…) to
// children, from whom and when. Money is stored in fen (an integer) so sums never drift.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('helper')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('note', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('helper_child')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // NULL once her data is erased: the helper no longer names her, the row still counts.
    .addColumn('helper_id', 'integer', (c) => c.references('helper.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('helper_child_helper').on('helper_child').column('helper_id').execute();
  await db.schema.createIndex('helper_child_child').on('helper_child').column('child_id').execute();
  await db.schema
    .createTable('helper_visit')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('helper_id', 'integer', (c) => c.notNull().references('helper.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('what', 'text')
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('helper_visit_date').on('helper_visit').columns(['date', 'helper_id']).execute();
  await db.schema
    .createTable('helper_visit_child')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // NULL once her data is erased, like helper_child.helper_id.
    .addColumn('visit_id', 'integer', (c) => c.references('helper_visit.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('helper_visit_child_visit').on('helper_visit_child').column('visit_id').execute();
  await db.schema.createIndex('helper_visit_child_child').on('helper_visit_child').column('child_id').execute();
  await db.schema
    .createTable('aid')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'integer')
    .addColumn('quantity', 'integer')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('donor', 'text')
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aid_date').on('aid').column('date').execute();
  await db.schema
    .createTable('aid_child')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('aid_id', 'integer', (c) => c.notNull().references('aid.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('aid_child_aid').on('aid_child').column('aid_id').execute();
  await db.schema.createIndex('aid_child_child').on('aid_child').column('child_id').execute();
}
