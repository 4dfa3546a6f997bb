// When weekly bundles are due. The schedule starts with the week the export folder was set (so a
// room that sets it today is not asked for years of old weeks). A week falls due only once it is
// over (Sunday 24:00, the room's zone), at the first export time after that: the following week's
// exportDay at exportTime. A week changed since its bundle gets a correction at the next exportTime. The start is kept in the setting table under its own
// key, found once from the audit log of settings changes.
import { sql, type Kysely } from 'kysely';
import type { Settings } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import type { Audit, Clock } from '../deps';
import { changedWeeks, exportedWeeks } from './history';
import { correctionDueAt, dueAt, mondayOfWeek, weekOf, weeksBetween } from './week';

/** Not a Settings field: the app keeps it for itself. Value: the Monday (YYYY-MM-DD) the schedule starts. */
export const SCHEDULE_START_KEY = 'exportScheduleStart';

async function storedStart(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', SCHEDULE_START_KEY).executeTakeFirst();
  return row ? (JSON.parse(row.value) as string) : null;
}

/** The local date the folder was last set after being empty (or first set), from the audit log; today if unknown. */
async function folderSetOn(db: Kysely<Database>, clock: Clock): Promise<string> {
  const changes = db
    .selectFrom('audit_log')
    .where('action', '=', 'settings.update')
    .where(sql<string>`json_extract(details, '$.key')`, '=', 'exportFolder');
  const cleared = await changes
    .select((eb) => eb.fn.max('id').as('id'))
    .where(sql<string>`json_extract(details, '$.value')`, '=', '')
    .executeTakeFirst();
  const set = await changes
    .select('created_at')
    .where(sql<string>`json_extract(details, '$.value')`, '!=', '')
    .where('id', '>', cleared?.id ?? 0)
    .orderBy('id')
    .executeTakeFirst();
  return set ? clock.stampOf(new Date(set.created_at)).slice(0, 10) : clock.today();
}

/** The Monday the schedule starts; `audit` given: remembered if it was not yet. */
export async function scheduleStart(db: Kysely<Database>, clock: Clock, audit?: Audit): Promise<string> {
  const stored = await storedStart(db);
  if (stored) return stored;
  const monday = mondayOfWeek(weekOf(await folderSetOn(db, clock))) ?? clock.today();
  if (audit) {
    const at = clock.stamp();
    const row = await db
      .insertInto('setting')
      .values({ key: SCHEDULE_START_KEY, value: JSON.stringify(monday), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('exports.scheduleStart', 'setting', row.id, { monday });
  }
  return monday;
}

/** The schedule is off (no folder): forget its start, so setting a folder later starts afresh. */
export async function forgetScheduleStart(db: Kysely<Database>, audit: Audit): Promise<void> {
  const row = await db.deleteFrom('setting').where('key', '=', SCHEDULE_START_KEY).returning('id').executeTakeFirst();
  if (row) await audit.record('exports.scheduleStop', 'setting', row.id);
}

/** Weeks from the schedule's start that are over, due by now and have no full bundle yet, oldest first. */
export async function pendingWeeks(db: Kysely<Database>, settings: Settings, clock: Clock, start: string): Promise<string[]> {
  if (!settings.exportFolder) return [];
  const now = clock.now().getTime();
  const due = weeksBetween(start, clock.today()).filter((week) => {
    const monday = mondayOfWeek(week);
    return monday !== null && dueAt(monday, settings.exportDay, settings.exportTime, settings.timezone).getTime() <= now;
  });
  const done = await exportedWeeks(db, due);
  return due.filter((week) => !done.has(week));
}

/** Weeks changed since their newest full bundle whose correction is due by now, oldest first. */
export async function dueCorrections(db: Kysely<Database>, settings: Settings, clock: Clock): Promise<string[]> {
  if (!settings.exportFolder) return [];
  const now = clock.now().getTime();
  return (await changedWeeks(db)).filter((c) => correctionDueAt(c.changedAt, settings.exportTime, settings.timezone).getTime() <= now).map((c) => c.week);
}
