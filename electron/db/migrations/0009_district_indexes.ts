// Frozen in time: a migration never imports app code.
// Indexes a district-scale database needs (tests/bench/district.ts: 12,285 children over five school
// years). Each serves a screen's opening query that the bench timed over 100 ms without it.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // calls.queue and kiosk.status (the child's place in the queue), calls.overdue (who has a booking):
  // bookings waiting or calling. The partial index call_booking_one_active cannot serve
  // `status in (?, ?)` with bound values, so every queue read scanned all bookings ever made.
  await db.schema.createIndex('call_booking_status').on('call_booking').column('status').execute();
  // calls.queue: the call in progress on each booking. Without it SQLite built an automatic index over
  // every call ever made, on each read of the queue.
  await sql`create index call_open on call (booking_id) where ended_at is null and voided_at is null`.execute(db);
  // calls.overdue, calls.queue, kiosk.status: each parent's latest talk is one probe of max(ended_at)
  // (lastTalks in callQueue.ts), where grouping every call read years of calls: 2 s for 10,000 children.
  await db.schema.createIndex('call_last_talk').on('call').columns(['child_id', 'parent_id', 'outcome', 'voided_at', 'ended_at']).execute();
  // stats.room (home screen): visits per day over 28 days, counted from the index alone. Replaces
  // visit_checked_in_at, which is its prefix.
  await db.schema.createIndex('visit_checked_in_voided').on('visit').columns(['checked_in_at', 'voided_at']).execute();
  await db.schema.dropIndex('visit_checked_in_at').execute();
  // care.dueList: each child's newest record of each duty in one index probe, voided records skipped
  // inside the index rather than by reading each row.
  await db.schema.createIndex('care_record_child_done').on('care_record').columns(['child_id', 'kind', 'voided_at', 'date']).execute();
}
