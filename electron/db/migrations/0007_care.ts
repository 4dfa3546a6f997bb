// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // The counsellor role is a mark on a staff member: counselling notes are for admins and counsellors.
  await db.schema
    .alterTable('staff')
    .addColumn('counsellor', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('care_record')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('talk', 'contact', 'home_visit', 'letter', 'growth', 'counselling')`))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    // Kind-specific fields; what each kind uses is in shared/domain/care.ts.
    .addColumn('contact_with', 'text')
    .addColumn('contact_mode', 'text')
    .addColumn('met_with', 'text')
    .addColumn('growth_area', 'text')
    .addColumn('letter_to', 'text')
    .addColumn('letter_sent_on', 'text')
    .addColumn('text', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('care_record_child').on('care_record').columns(['child_id', 'kind', 'date']).execute();
  await db.schema.createIndex('care_record_kind_date').on('care_record').columns(['kind', 'date']).execute();

  await db.schema
    .createTable('care_follow_up')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('record_id', 'integer', (c) => c.references('care_record.id'))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('record', 'parent_unreached')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('raised_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('done_at', 'text')
    .addColumn('done_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('done_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create index care_follow_up_open on care_follow_up (child_id, due_on) where done_at is null`.execute(db);
}
