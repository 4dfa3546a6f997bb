// "Changed since export": after writes, the weeks they touch are found from the audit log (rows
// beyond the last one looked at), and each such week that has a full bundle gets its digest
// recomputed and compared with the one stored. Cheap (only touched weeks) and exact (the digest is
// of what the bundle holds), so a reverted change clears the mark again.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { weekDigest } from './digest';
import { localDay } from './format';
import { latestFullRun } from './history';
import { weekOf, weekRange } from './week';

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

/**
 * Marks (or clears) "changed since export" on the newest full bundle of every week touched by
 * writes since the last look. Returns the weeks marked changed this time. Writes the app's own
 * cursor in the setting table: it is bookkeeping, not a setting, so it has no audit row.
 */
export async function markChangedWeeks(deps: ServiceDeps): Promise<string[]> {
  const { db, clock, audit } = deps;
  const row = await db.selectFrom('setting').select('value').where('key', '=', CHECKED_AUDIT_KEY).executeTakeFirst();
  const after = row ? Number(JSON.parse(row.value)) : 0;
  const { timezone } = await readSettings(db);
  const { weeks, last } = await touchedWeeks(db, after, timezone);
  const marked: string[] = [];
  for (const week of [...weeks].sort()) {
    const run = await latestFullRun(db, week);
    const range = weekRange(week, timezone);
    if (!run || !range || run.digest === null) continue;
    const changed = (await weekDigest(deps, range)) !== run.digest;
    if (changed === (run.changed_at !== null)) continue;
    const at = clock.stamp();
    await db
      .updateTable('export_run')
      .set({ changed_at: changed ? at : null, updated_at: at })
      .where('id', '=', run.id)
      .execute();
    await audit.record(changed ? 'exports.weekChanged' : 'exports.weekUnchanged', 'export_run', run.id, { week });
    if (changed) marked.push(week);
  }
  if (last !== after) {
    const at = clock.stamp();
    await db
      .insertInto('setting')
      .values({ key: CHECKED_AUDIT_KEY, value: JSON.stringify(last), created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(last), updated_at: at }))
      .execute();
  }
  return marked;
}
