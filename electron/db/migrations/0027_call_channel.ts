// Frozen in time: a migration never imports app code.
// Video calls (issue 20): a booking and a call say which of the room's devices they use, the phone or
// the computer for video. Every row already on file was a phone call, so the default says so.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ['call_booking', 'call']) {
    await db.schema
      .alterTable(table)
      .addColumn('channel', 'text', (c) =>
        c
          .notNull()
          .defaultTo('phone')
          .check(sql`channel in ('phone', 'video')`),
      )
      .execute();
  }
}
