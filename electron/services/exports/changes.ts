// "Changed since export": after writes, the weeks they touch are found from the audit log (rows
// beyond the last one looked at), and each such week that has a full bundle gets its digest
// recomputed (in the bundle worker: a district week's reads take a second, which the room must not
// wait for) and compared with the one stored. Cheap (only touched weeks) and exact (the digest is of
// what the bundle holds), so a reverted change clears the mark again.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { localDay } from './format';
import { latestFullRun } from './history';
import { weekOf, weekRange, type WeekRange } from './week';

/** Not a Settings field: the last audit_log id whose writes were looked at. */
export const CHECKED_AUDIT_KEY = 'exportCheckedAuditId';

/** The tables whose rows a bundle reports, and the columns that place a row in a week (stamps or dates). */
const WEEK_COLUMNS = {
  visit: ['checked_in_at'],
  call: ['started_at'],
  loan: ['lent_at', 'returned_at'],
  activity_signup: ['signed_up_at'],
  activity_attendance: ['date'],
  duty: ['date'],
  duty_signin: ['signed_in_at'],
  care_record: ['date'],
  care_follow_up: ['created_at', 'done_at'],
} as const;
type Watched = keyof typeof WEEK_COLUMNS;
const WATCHED = Object.keys(WEEK_COLUMNS) as Watched[];
const CHUNK = 500;

function weekOfValue(value: string, tz: string): string {
  return weekOf(value.length === 10 ? value : localDay(value, tz));
}

/** Where a row was before a correction moved it (checkins.correct keeps the old stamps in its details). */
function earlierStamps(details: string | null): string[] {
  if (!details) return [];
  const parsed = JSON.parse(details) as { before?: { checkedInAt?: unknown } };
  return typeof parsed.before?.checkedInAt === 'string' ? [parsed.before.checkedInAt] : [];
}

async function touchedWeeks(db: Kysely<Database>, after: number, tz: string): Promise<{ weeks: Set<string>; last: number }> {
  const last = Number(
    (
      await db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst()
    )?.id ?? after,
  );
  const weeks = new Set<string>();
  if (last <= after) return { weeks, last: after };
  const rows = await db.selectFrom('audit_log').select(['table_name', 'row_id', 'details']).where('id', '>', after).where('id', '<=', last).where('table_name', 'in', WATCHED).execute();
  const ids = new Map<Watched, number[]>();
  for (const r of rows) {
    for (const stamp of earlierStamps(r.details)) weeks.add(weekOfValue(stamp, tz));
    const dutyB = r.table_name === 'duty' && r.details ? (JSON.parse(r.details) as { dutyB?: unknown }).dutyB : undefined;
    const list = ids.get(r.table_name as Watched) ?? [];
    if (r.row_id !== null) list.push(r.row_id);
    if (typeof dutyB === 'number') list.push(dutyB);
    ids.set(r.table_name as Watched, list);
  }
  for (const [table, list] of ids) {
    const columns = WEEK_COLUMNS[table];
    for (let i = 0; i < list.length; i += CHUNK) {
      const found = await db
        .selectFrom(table)
        .select([...columns])
        .where('id', 'in', list.slice(i, i + CHUNK))
        .execute();
      for (const row of found as Record<string, string | null>[]) {
        for (const column of columns) {
          const value = row[column];
          if (value) weeks.add(weekOfValue(value, tz));
        }
      }
    }
  }
  return { weeks, last };
}

/** The exported weeks writes touched since the last look, each with its newest full bundle's digest. */
export interface ChangeLook {
  /** The audit cursor before and after this look. */
  after: number;
  last: number;
  runs: { runId: number; range: WeekRange; digest: string }[];
}

/** Reads only: which exported weeks later writes touched. Their digests are the worker's (drawDigests). */
export async function lookForChanges(db: Kysely<Database>, timezone: string): Promise<ChangeLook> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', CHECKED_AUDIT_KEY).executeTakeFirst();
  const after = row ? Number(JSON.parse(row.value)) : 0;
  const { weeks, last } = await touchedWeeks(db, after, timezone);
  const runs: ChangeLook['runs'] = [];
  for (const week of [...weeks].sort()) {
    const run = await latestFullRun(db, week);
    const range = weekRange(week, timezone);
    if (run && range && run.digest !== null) runs.push({ runId: run.id, range, digest: run.digest });
  }
  return { after, last, runs };
}

/**
 * Marks (or clears) "changed since export" on the newest full bundle of each week looked at, given
 * each week's digest now (`digests`, in the order of `look.runs`, read after the look). Returns the
 * weeks marked changed this time. Writes the app's own cursor in the setting table: it is bookkeeping,
 * not a setting, so it has no audit row.
 */
export async function markChangedWeeks({ db, clock, audit }: Pick<ServiceDeps, 'db' | 'clock' | 'audit'>, look: ChangeLook, digests: string[]): Promise<string[]> {
  const marked: string[] = [];
  for (const [i, { runId, range }] of look.runs.entries()) {
    const run = await latestFullRun(db, range.week);
    // A bundle of the week written since the look has its own digest, of a later moment.
    if (run?.id !== runId || run.digest === null) continue;
    const changed = digests[i] !== run.digest;
    if (changed === (run.changed_at !== null)) continue;
    const at = clock.stamp();
    await db
      .updateTable('export_run')
      .set({ changed_at: changed ? at : null, updated_at: at })
      .where('id', '=', run.id)
      .execute();
    await audit.record(changed ? 'exports.weekChanged' : 'exports.weekUnchanged', 'export_run', run.id, { week: range.week });
    if (changed) marked.push(range.week);
  }
  if (look.last !== look.after) {
    const at = clock.stamp();
    await db
      .insertInto('setting')
      .values({ key: CHECKED_AUDIT_KEY, value: JSON.stringify(look.last), created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(look.last), updated_at: at }))
      .execute();
  }
  return marked;
}
