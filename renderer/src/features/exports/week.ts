// ISO weeks for the week picker. antd's week picker rows follow the UI locale (Monday-first in
// Chinese, Sunday-first in English), while bundles are named by ISO week (Monday to Sunday).
import dayjs, { type Dayjs } from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import { toLocalDate } from '../../../../shared/time';
import { isoWeekMonday } from '../../../../shared/weekLabel';

dayjs.extend(isoWeek);

/** The ISO week of a picked row: the row's second day lies in the ISO week most of the row covers, in either locale. */
export function isoWeekOfRow(day: Dayjs): string {
  const d = day.startOf('week').add(1, 'day');
  return `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`;
}

/** Today in the room's time zone, as the picker's value type. */
export function roomToday(timezone: string): Dayjs {
  return dayjs(toLocalDate(new Date(), timezone));
}

/** The Wednesday of the last full ISO week, the export a person usually wants: mid-week, so either locale's row holds it. */
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
