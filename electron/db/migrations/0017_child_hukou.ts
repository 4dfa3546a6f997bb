// Frozen in time: a migration never imports app code.
// 户籍所在地 on the child's file (where her household is registered), as the national survey of
// left-behind children asks for it; unknown (NULL) for every child already on file.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('child').addColumn('hukou', 'text').execute();
}
