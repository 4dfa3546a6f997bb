// What the scheduled tasks ask before they run: is the PC's clock believable? Behind the newest
// moment seen: nothing scheduled runs (a backup named for a wrong day, a week marked sent that is not).
// Far ahead: the backup is written but not rotated, and no week is exported, until a teacher confirms.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { TaskContext } from '../../host';
import { readSettings } from '../settings/settings';
import type { ClockState } from '../../../shared/domain';
import { toStamp } from '../../../shared/time';
import { mondayOfWeek } from '../export/week';
import { clockMarkOf, DAY_MS, saveMark, stateOf } from './mark';

/** The clock's state for a scheduled run; an ok tick moves the mark up to now and saves it. */
export async function scheduledClockState(ctx: TaskContext): Promise<ClockState> {
  const settings = await readSettings(ctx.db);
  const mark = await clockMarkOf(ctx.host, ctx.db, settings.clockHolidayDays);
  const now = ctx.now().getTime();
  const state = stateOf(mark, now, settings.clockHolidayDays);
  if (state === 'ok') {
    mark.raise(now, settings.clockHolidayDays);
    await saveMark(ctx.db, mark, (at) => toStamp(at, settings.timezone));
  }
  return state;
}

/** The newest moment a child was in the room, a book lent, a call made or a care record written; null in an empty room. */
export async function newestRecordMs(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<{ at: string | null }>`
    select max(at) as at from (
      select max(checked_in_at) as at from visit
      union all select max(lent_at) from loan
      union all select max(started_at) from call
      union all select max(created_at) from care_record
    )`.execute(db);
  const at = rows[0]?.at;
  return at ? Date.parse(at) : null;
}

/**
 * Drops the weeks that start more than the holiday limit after the newest record: such a week has no
 * data, and under a clock later found wrong it would be marked sent in place of the real one.
 */
export async function weeksWithinData(db: Kysely<Database>, weeks: string[], holidayDays: number): Promise<string[]> {
  if (weeks.length === 0) return weeks;
  const newest = await newestRecordMs(db);
  if (newest === null) return weeks;
  const limit = newest + holidayDays * DAY_MS;
  return weeks.filter((week) => {
    const monday = mondayOfWeek(week);
    return monday !== null && Date.parse(`${monday}T00:00:00Z`) - DAY_MS <= limit;
  });
}
