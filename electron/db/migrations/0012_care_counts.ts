// Frozen in time: a migration never imports app code.
// Indexes for the room-wide care figures on a district-scale database (tests/bench/district.ts):
// care.dueGroups and care.coverage read which children did a duty within a span of dates. Both are
// partial, so only queries that repeat their WHERE (voided_at is null; the literal 'talked') can use
// them, and covering, so a span of records is read from the index without touching a row.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // care.dueGroups (this period and the last, per duty) and care.coverage (each month-end's month or
  // semester so far): the children with a record of a kind in a span. care_record_kind_date needs a
  // row read per record for voided_at and child_id: 245,000 of them for coverage.
  await sql`create index care_record_duty_day on care_record (kind, date, child_id) where voided_at is null`.execute(db);
  // The same for the home-phone calls in which a parent was reached (they count as a parent contact).
  await sql`create index call_talked_day on call (started_at, child_id) where outcome = 'talked' and voided_at is null`.execute(db);
}
