// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // Who opened which child's file or care records (reads; writes are in audit_log).
  await db.schema
    .createTable('access_log')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('file', 'care', 'growth_file', 'data_export')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('access_log_child').on('access_log').columns(['child_id', 'created_at']).execute();
  await db.schema.createIndex('access_log_created').on('access_log').columns(['created_at']).execute();

  // PIPL art. 47: a child who left may have her personal data erased; the row stays for anonymous counts.
  await db.schema.alterTable('child').addColumn('erased_at', 'text').execute();
}
