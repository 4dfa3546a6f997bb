// Frozen in time: a migration never imports app code.
// Two reads of the weekly export (issue 19) that went through a whole table on a district's five years:
// - the overdue list: books still out at the end of a week are the open loans and those returned after
//   it; without an index on returned_at it read every loan lent before (400,000 loans, 0.16 s);
// - the care sheet's counts of the week's records by child and kind: no index began with the date, so
//   every record was read (620,000, 0.09 s).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index loan_returned_at on loan (returned_at)`.execute(db);
  await sql`create index care_record_date on care_record (date, kind, child_id) where voided_at is null`.execute(db);
}
