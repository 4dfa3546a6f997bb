// Pure rules about when activities run: no database, so they are easy to read and to test.
import type { ActivityRow } from '../../db/schema';

export type Schedule = Pick<ActivityRow, 'kind' | 'date' | 'weekday' | 'start_time' | 'end_time' | 'term_start' | 'term_end'>;

/** ISO weekday (1 = Monday … 7 = Sunday) of a YYYY-MM-DD date, free of the machine's zone. */
export function isoWeekday(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** HH:mm strings compare as times; touching ends (one ends 10:00, the next starts 10:00) do not clash. */
function timesOverlap(a: Schedule, b: Schedule): boolean {
  return a.start_time < b.end_time && b.start_time < a.end_time;
}

function withinTerm(date: string, group: Schedule): boolean {
  return group.term_start !== null && group.term_end !== null && group.term_start <= date && date <= group.term_end;
}

/** Whether a child could not be at both: the three pairings of one-off weekend days and weekly groups. */
export function schedulesOverlap(a: Schedule, b: Schedule): boolean {
  if (!timesOverlap(a, b)) return false;
  if (a.kind === 'weekend' && b.kind === 'weekend') return a.date !== null && a.date === b.date;
  if (a.kind === 'group' && b.kind === 'group') {
    return a.weekday === b.weekday && a.term_start !== null && a.term_end !== null && b.term_start !== null && b.term_end !== null && a.term_start <= b.term_end && b.term_start <= a.term_end;
  }
  const [weekend, group] = a.kind === 'weekend' ? [a, b] : [b, a];
  return weekend.date !== null && isoWeekday(weekend.date) === group.weekday && withinTerm(weekend.date, group);
}

/** Whether the activity meets on this date: attendance can only be taken on such a day. */
export function runsOn(activity: Schedule, date: string): boolean {
  if (activity.kind === 'weekend') return activity.date === date;
  return isoWeekday(date) === activity.weekday && withinTerm(date, activity);
}

/** Over: a weekend day before today, or a group whose term has ended. */
export function isOver(activity: Schedule, today: string): boolean {
  const last = activity.kind === 'weekend' ? activity.date : activity.term_end;
  return last !== null && last < today;
}

/** Stored stamps may carry different offsets, so the window is compared as instants. */
export function windowOpen(activity: Pick<ActivityRow, 'signup_opens_at' | 'signup_closes_at'>, now: Date): boolean {
  const t = now.getTime();
  return Date.parse(activity.signup_opens_at) <= t && t <= Date.parse(activity.signup_closes_at);
}

/** A child whose grade the roster left unknown may join only an activity open to every grade. */
export function gradeAllowed(activity: Pick<ActivityRow, 'grade_from' | 'grade_to'>, grade: number | null): boolean {
  if (grade === null) return activity.grade_from === null && activity.grade_to === null;
  return (activity.grade_from === null || grade >= activity.grade_from) && (activity.grade_to === null || grade <= activity.grade_to);
}

/** Kiosk and list order: weekend days by date first, then weekly groups by weekday; then start time. */
export function compareSchedules(a: Schedule & { id: number }, b: Schedule & { id: number }): number {
  const key = (s: Schedule) => [s.date ?? '9999-99-99', String(s.weekday ?? 0), s.start_time].join(' ');
  return key(a).localeCompare(key(b)) || a.id - b.id;
}
