// ISO weeks for the week picker. Its rows are Monday-first in every language (../../dayjsLocales.ts),
// so a row is one ISO week, the week bundles are named by.
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import { toLocalDate } from '../../../../shared/time';
import { isoWeekMonday } from '../../../../shared/weekLabel';

dayjs.extend(isoWeek);

/** The ISO week of a picked day, which is the week of its Monday-first row. */
export function isoWeekOfRow(day: Dayjs): string {
  return `${day.isoWeekYear()}-W${String(day.isoWeek()).padStart(2, '0')}`;
}

/** Today in the room's time zone, as the picker's value type. */
export function roomToday(timezone: string): Dayjs {
  return dayjs(toLocalDate(new Date(), timezone));
}

/** The Wednesday of the last full ISO week, the export a person usually wants. */
export function lastFullWeek(today: Dayjs): Dayjs {
  return today.isoWeekday(3).subtract(7, 'day');
}

/** Whether an ISO week is still running on `today` (its Sunday is today or later): its export would be partial. */
export function isRunning(week: string, today: Dayjs): boolean {
  const monday = isoWeekMonday(week);
  if (!monday) return false;
  const sunday = dayjs(monday.toISOString().slice(0, 10)).add(6, 'day');
  return !sunday.isBefore(today, 'day');
}
