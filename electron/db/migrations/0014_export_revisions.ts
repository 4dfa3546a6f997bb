// Frozen in time: a migration never imports app code.
// A week is reported once it is over and corrected when it changes (issue 13): each bundle records
// whether it was a running week's partial export, its revision, the digest of the week's facts it
// carried, and when a later write was found to change those facts.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('export_run').addColumn('partial_up_to', 'text').execute();
  await db.schema
    .alterTable('export_run')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('export_run')
    .addColumn('replaces_id', 'integer', (c) => c.references('export_run.id'))
    .execute();
  await db.schema.alterTable('export_run').addColumn('digest', 'text').execute();
  await db.schema.alterTable('export_run').addColumn('changed_at', 'text').execute();
  // Bundles written before were due on the export day, often Friday evening: written before their
  // week ended, they miss its weekend. Marked partial, so the schedule owes those weeks again. The
  // week's end is the Monday after it, from 4 January of its ISO year (week 1 holds it).
  const weekEnd = sql`date(substr(week, 1, 4) || '-01-04',
    '-' || ((cast(strftime('%w', substr(week, 1, 4) || '-01-04') as integer) + 6) % 7) || ' days',
    '+' || (cast(substr(week, 7, 2) as integer) * 7) || ' days')`;
  await sql`update export_run set partial_up_to = created_at where substr(created_at, 1, 10) < ${weekEnd}`.execute(db);
}
