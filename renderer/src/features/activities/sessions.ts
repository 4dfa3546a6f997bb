// When an activity meets, for the attendance sheet: which days can be picked and which one it opens on.
import dayjs from 'dayjs';
import type { Activity } from '../../../../shared/domain';

const isoWeekday = (day: string) => dayjs(day).day() || 7;
const addDays = (day: string, days: number) => dayjs(day).add(days, 'day').format('YYYY-MM-DD');

/** Attendance is taken only on days the activity meets (dates are YYYY-MM-DD). */
export function meetsOn(activity: Activity, day: string): boolean {
  if (activity.kind === 'weekend') return day === activity.date;
  const inTerm = (!activity.termStart || day >= activity.termStart) && (!activity.termEnd || day <= activity.termEnd);
  return inTerm && isoWeekday(day) === activity.weekday;
}

/**
 * The day the sheet opens on: the last session on or before today (a teacher ticks after the group
 * met), else the first one (a term not begun), else today when the activity has no session at all.
 */
export function sessionDay(activity: Activity, today: string): string {
  if (activity.kind === 'weekend') return activity.date ?? today;
  if (activity.weekday === null) return today;
  const last = activity.termEnd && activity.termEnd < today ? activity.termEnd : today;
  const back = (isoWeekday(last) - activity.weekday + 7) % 7;
  const candidate = addDays(last, -back);
  if (meetsOn(activity, candidate)) return candidate;
  if (activity.termStart) {
    const first = addDays(activity.termStart, (activity.weekday - isoWeekday(activity.termStart) + 7) % 7);
    if (meetsOn(activity, first)) return first;
  }
  return today;
}
