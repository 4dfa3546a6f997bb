// Frozen in time: a migration never imports app code.
// Indexes for district-scale screens that page and count in SQL (tests/bench/district.ts).
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // calls.overdue (the 30-day list): each child's latest talk in one probe. call_last_talk starts
  // (child_id, parent_id, …), so max(ended_at) per child read every call the child ever made.
  await db.schema.createIndex('call_child_talk').on('call').columns(['child_id', 'outcome', 'voided_at', 'ended_at']).execute();
}
