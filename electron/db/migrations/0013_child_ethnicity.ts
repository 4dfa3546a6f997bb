// Frozen in time: a migration never imports app code.
// 民族 on the child's file, as the national survey of left-behind children asks for it. Birth dates,
// guardian phones and parents' names that a roster leaves unknown are stored as '' in their NOT NULL
// columns: dropping NOT NULL means rebuilding child, which other tables reference, and the migrations
// run in one transaction with foreign keys on (SQLite cannot turn them off inside it).
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('child').addColumn('ethnicity', 'text').execute();
}
