// What the staff shell asks about the PC's clock, and a teacher's confirmation of a far-ahead date.
import type { ClockStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { toLocalDate, toStamp } from '../../../shared/time';
import type { Host } from '../../host';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { clockMarkOf, saveMark, stateOf } from './mark';

export function createClockService({ db, clock, audit, actor, host }: ServiceDeps & { host: Host }) {
  async function status(): Promise<ClockStatus> {
    const settings = await readSettings(db);
    const mark = await clockMarkOf(host, db, settings.clockHolidayDays);
    const now = clock.raw();
    return {
      state: stateOf(mark, now.getTime(), settings.clockHolidayDays),
      now: toStamp(now, settings.timezone),
      today: toLocalDate(now, settings.timezone),
      newest: mark.ms === 0 ? null : toStamp(new Date(mark.ms), settings.timezone),
      holidayDays: settings.clockHolidayDays,
    };
  }

  /**
   * `date` is the PC's date as the teacher read it back: a mismatch (the day turned) changes nothing.
   * A clock behind is wrong and must be put right; only an admin may say it is not, for the one case
   * where the newest moment is what was wrong (someone confirmed a date a year ahead).
   */
  async function confirm(date: string): Promise<ClockStatus> {
    const before = await status();
    const settings = await readSettings(db);
    const mark = await clockMarkOf(host, db, settings.clockHolidayDays);
    if (before.state === 'ok') {
      // Nothing to confirm; the date is believable, so it is seen, as the next scheduled tick would.
      mark.raise(clock.raw().getTime(), settings.clockHolidayDays);
      return before;
    }
    if (before.state === 'behind' && actor.role !== 'admin') throw new AppError('conflict', { entity: 'clock_behind' });
    if (date !== before.today) throw new AppError('conflict', { entity: 'clock_date' });
    mark.accept(Date.parse(before.now));
    await saveMark(db, mark, (at) => toStamp(at, settings.timezone));
    await audit.record('clock.confirm', 'setting', null, { date, state: before.state, newestBefore: before.newest });
    return status();
  }

  return { status, confirm };
}
