// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('visit')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('checked_in_at', 'text', (c) => c.notNull())
    .addColumn('checked_out_at', 'text')
    .addColumn('check_in_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('check_out_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('checkout_method', 'text', (c) => c.check(sql`checkout_method in ('kiosk', 'staff', 'auto')`))
    .addColumn('leave_mode', 'text', (c) => c.check(sql`leave_mode in ('home_alone', 'guardian', 'dormitory')`))
    .addColumn('collected_by', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One open visit per child: a second check-in cannot slip in, whatever the caller does.
  await sql`create unique index visit_one_open on visit (child_id) where checked_out_at is null and voided_at is null`.execute(db);
  await db.schema.createIndex('visit_checked_in_at').on('visit').column('checked_in_at').execute();
  // The open visits alone: closing-time check-out runs before check-ins and must not scan years of history.
  await sql`create index visit_open_checked_in on visit (checked_in_at) where checked_out_at is null and voided_at is null`.execute(db);
  await db.schema.createIndex('visit_child').on('visit').columns(['child_id', 'checked_in_at']).execute();

  await db.schema
    .createTable('call_booking')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('parent_id', 'integer', (c) => c.notNull().references('child_parent.id'))
    .addColumn('booked_at', 'text', (c) => c.notNull())
    .addColumn('booked_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('waiting', 'calling', 'done', 'cancelled')`))
    .addColumn('closed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One child holds at most one booking.
  await sql`create unique index call_booking_one_active on call_booking (child_id) where status in ('waiting', 'calling')`.execute(db);

  await db.schema
    .createTable('call')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('parent_id', 'integer', (c) => c.notNull().references('child_parent.id'))
    .addColumn('booking_id', 'integer', (c) => c.references('call_booking.id'))
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('duration_seconds', 'integer')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('talked', 'no_answer', 'busy', 'wrong_number')`))
    .addColumn('note', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('call_child_started').on('call').columns(['child_id', 'started_at']).execute();
  await db.schema.createIndex('call_started').on('call').column('started_at').execute();
}
