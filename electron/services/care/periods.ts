// The periods the due list counts in: ISO weeks, calendar months and school semesters, on local
// dates (YYYY-MM-DD), so the machine's own zone plays no part.
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import utc from 'dayjs/plugin/utc.js';
import type { CarePeriod } from '../../../shared/domain';
import { addDays } from '../room/checkins';
import { semesterOf, semesterRange } from '../semester';

dayjs.extend(utc);
dayjs.extend(isoWeek);

export interface Span {
  from: string;
  to: string;
}

/** The period of the given kind that a local date falls in, first and last day included. */
export function periodOf(kind: CarePeriod, date: string): Span {
  if (kind === 'semester') return semesterRange(semesterOf(date));
  const d = dayjs.utc(date);
  const unit = kind === 'week' ? 'isoWeek' : 'month';
  return { from: d.startOf(unit).format('YYYY-MM-DD'), to: d.endOf(unit).format('YYYY-MM-DD') };
}

/** The period just before the one a date falls in. */
export function previousPeriod(kind: CarePeriod, date: string): Span {
  return periodOf(kind, addDays(periodOf(kind, date).from, -1));
}

/** YYYY-MM of a local date, and the month `back` months earlier. */
export function monthOf(date: string, back = 0): string {
  return dayjs.utc(date).subtract(back, 'month').format('YYYY-MM');
}

/**
 * The local date of a stored stamp. Every stamp is written with the room's offset, so that is its
 * first ten characters: no time-zone maths per row (it costs seconds over a year of calls).
 */
export function dayOf(stamp: string): string {
  return stamp.slice(0, 10);
}
