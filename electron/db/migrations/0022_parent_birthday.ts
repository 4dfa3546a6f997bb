// Frozen in time: a migration never imports app code.
// A parent's birthday (MM-DD, optional), so the due list can prompt a letter home before it (issue 20).
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('child_parent').addColumn('birthday', 'text').execute();
}
