// Frozen in time: a migration never imports app code.
// A child may ask at the kiosk to talk to a teacher (issue 20): a follow-up with reason 'talk' (her
// surrogate parent) or 'talk_counsellor' (the counsellor). SQLite cannot widen a CHECK in place, so
// care_follow_up is rebuilt with the wider one; no table references it. And an index for "is there a
// counsellor", asked on every child's kiosk screen.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const COLUMNS = ['id', 'child_id', 'record_id', 'reason', 'note', 'due_on', 'raised_by_staff_id', 'done_at', 'done_by_staff_id', 'done_note', 'created_at', 'updated_at'];

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('care_follow_up_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('record_id', 'integer', (c) => c.references('care_record.id'))
    .addColumn('reason', 'text', (c) => c.notNull().check(sql`reason in ('record', 'parent_unreached', 'talk', 'talk_counsellor')`))
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('raised_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('done_at', 'text')
    .addColumn('done_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('done_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  const columns = sql.raw(COLUMNS.join(', '));
  await sql`insert into care_follow_up_new (${columns}) select ${columns} from care_follow_up`.execute(db);
  await db.schema.dropTable('care_follow_up').execute();
  await db.schema.alterTable('care_follow_up_new').renameTo('care_follow_up').execute();
  await sql`create index care_follow_up_open on care_follow_up (child_id, due_on) where done_at is null`.execute(db);
  // The kiosk asks on every child's screen whether the room has a counsellor.
  await sql`create index staff_counsellor on staff (counsellor) where archived_at is null`.execute(db);
}
