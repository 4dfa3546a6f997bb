// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('activity')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('weekend', 'group')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('place', 'text')
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('grade_from', 'integer')
    .addColumn('grade_to', 'integer')
    .addColumn('teacher_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('signup_opens_at', 'text', (c) => c.notNull())
    .addColumn('signup_closes_at', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('weekday', 'integer')
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text')
    .addColumn('term_end', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('activity_signup')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('enrolled', 'waiting', 'cancelled', 'removed')`))
    .addColumn('via', 'text', (c) => c.notNull().check(sql`via in ('kiosk', 'staff')`))
    .addColumn('signed_up_at', 'text', (c) => c.notNull())
    .addColumn('promoted_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // A child holds one live place (enrolled or waiting) per activity.
  await sql`create unique index activity_signup_one_live on activity_signup (activity_id, child_id) where status in ('enrolled', 'waiting')`.execute(db);
  await db.schema.createIndex('activity_signup_child').on('activity_signup').columns(['child_id', 'status']).execute();
  await db.schema.createIndex('activity_signup_activity').on('activity_signup').columns(['activity_id', 'status', 'id']).execute();

  await db.schema
    .createTable('activity_attendance')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activity.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('present', 'integer', (c) => c.notNull())
    .addColumn('marked_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('activity_attendance_one', ['activity_id', 'child_id', 'date'])
    .execute();

  await db.schema
    .createTable('opening')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('weekday', 'integer', (c) => c.notNull().check(sql`weekday between 1 and 7`))
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('teachers_needed', 'integer', (c) => c.notNull().defaultTo(2))
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('duty')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('opening_id', 'integer', (c) => c.notNull().references('opening.id'))
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('pattern', 'change', 'swap')`))
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index duty_one_live on duty (date, opening_id, staff_id) where removed_at is null`.execute(db);
  await db.schema.createIndex('duty_staff_date').on('duty').columns(['staff_id', 'date']).execute();

  await db.schema
    .createTable('duty_signin')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('duty_id', 'integer', (c) => c.references('duty.id'))
    .addColumn('signed_in_at', 'text', (c) => c.notNull())
    .addColumn('signed_out_at', 'text')
    .addColumn('handover_note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index duty_signin_one_open on duty_signin (staff_id) where signed_out_at is null`.execute(db);
  await db.schema.createIndex('duty_signin_signed_in_at').on('duty_signin').column('signed_in_at').execute();
}
