// ISO weeks in the room's time zone: Monday to Sunday, local dates. A week is named '2026-W47'.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { ISO_WEEK_PATTERN } from '../../../shared/domain';
import { addDays, dayStart } from '../room/checkins';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);

export interface WeekRange {
  week: string;
  /** Monday and Sunday, YYYY-MM-DD in the room's zone. */
  monday: string;
  sunday: string;
  /** The seven local dates, Monday first. */
  days: string[];
  /** Stamps in the room's offset: the week is [from, to). Stored stamps compare as text against them. */
  from: string;
  to: string;
  timezone: string;
}

/** The ISO week holding a local date (YYYY-MM-DD). */
export function weekOf(date: string): string {
  const d = dayjs.utc(date);
  return `${d.isoWeekYear()}-W${String(d.isoWeek()).padStart(2, '0')}`;
}

/** Monday of an ISO week, or null for a name that is not a real week (e.g. 2027-W53: 2027 has 52). */
export function mondayOfWeek(week: string): string | null {
  if (!ISO_WEEK_PATTERN.test(week)) return null;
  const [year = NaN, number = NaN] = week.split('-W').map(Number);
  // Week 1 is the week holding 4 January.
  const jan4 = dayjs.utc(`${year}-01-04`);
  const monday = jan4
    .subtract(jan4.isoWeekday() - 1, 'day')
    .add(number - 1, 'week')
    .format('YYYY-MM-DD');
  return weekOf(monday) === week ? monday : null;
}

export function weekRange(week: string, tz: string): WeekRange | null {
  const monday = mondayOfWeek(week);
  if (!monday) return null;
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  return { week, monday, sunday: addDays(monday, 6), days, from: dayStart(monday, tz), to: dayStart(addDays(monday, 7), tz), timezone: tz };
}

/**
 * The instant a week's bundle falls due: the first export time after the week has ended (Sunday
 * 24:00, local), i.e. the following week's exportDay (1 Monday … 7 Sunday) at exportTime.
 */
export function dueAt(monday: string, exportDay: number, exportTime: string, tz: string): Date {
  return dayjs.tz(`${addDays(monday, 7 + exportDay - 1)} ${exportTime}`, tz).toDate();
}

/** A correction found at `changedAt` goes out at the next exportTime of any day (one corrected bundle a day at most). */
export function correctionDueAt(changedAt: string, exportTime: string, tz: string): Date {
  const changed = dayjs(changedAt).tz(tz);
  const sameDay = dayjs.tz(`${changed.format('YYYY-MM-DD')} ${exportTime}`, tz);
  return (sameDay.isBefore(changed) ? dayjs.tz(`${addDays(changed.format('YYYY-MM-DD'), 1)} ${exportTime}`, tz) : sameDay).toDate();
}

/** Weeks from the one holding `from` to the one holding `to` (local dates), oldest first. */
export function weeksBetween(from: string, to: string): string[] {
  const first = mondayOfWeek(weekOf(from));
  const last = mondayOfWeek(weekOf(to));
  const weeks: string[] = [];
  if (!first || !last) return weeks;
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) weeks.push(weekOf(monday));
  return weeks;
}
