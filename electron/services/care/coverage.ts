// Coverage: the share of children on the roll with a talk and a parent contact in the month, and a
// home visit and a letter in the semester so far; now and for each of the last six months.
import type { CareCoverage, CareDuty, CoverageMonth } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { dutyEvents, type DutyEvent } from './events';
import { monthOf, periodOf, type Span } from './periods';
import { classOrder, loadRoll, onRollOn, type RollChild } from './roll';

export const COVERAGE_MONTHS = 6;

/** Talk and contact count within the month, visit and letter within the semester, up to `date`. */
export function spansOn(date: string): Record<CareDuty, Span> {
  const month = { from: periodOf('month', date).from, to: date };
  const semester = { from: periodOf('semester', date).from, to: date };
  return { talk: month, contact: month, visit: semester, letter: semester };
}

export function byChild(events: DutyEvent[]): Map<number, DutyEvent[]> {
  const map = new Map<number, DutyEvent[]>();
  for (const e of events) {
    const list = map.get(e.childId);
    if (list) list.push(e);
    else map.set(e.childId, [e]);
  }
  return map;
}

/** Shares 0..1 among these children (0 when there are none) as at the end of `date`. */
export function sharesOn(children: RollChild[], events: Map<number, DutyEvent[]>, date: string): CoverageMonth {
  const spans = spansOn(date);
  const onRoll = children.filter((c) => onRollOn(c, date));
  const share = (duty: CareDuty) => {
    if (onRoll.length === 0) return 0;
    const { from, to } = spans[duty];
    const done = onRoll.filter((c) => (events.get(c.id) ?? []).some((e) => e.duty === duty && e.date >= from && e.date <= to));
    return done.length / onRoll.length;
  };
  return { month: date.slice(0, 7), talk: share('talk'), contact: share('contact'), visit: share('visit'), letter: share('letter') };
}

/** The last day of each of the last six months, oldest first; today for this month. */
export function monthEnds(today: string): string[] {
  return Array.from({ length: COVERAGE_MONTHS }, (_, i) => COVERAGE_MONTHS - 1 - i).map((back) =>
    back === 0 ? today : periodOf('month', `${monthOf(today, back)}-01`).to,
  );
}

export async function coverage(deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<CareCoverage> {
  const today = deps.clock.today();
  const ends = monthEnds(today);
  const from = ends.map((end) => spansOn(end).visit.from).reduce((a, b) => (a < b ? a : b));
  const roll = await loadRoll(deps, { includeLeft: true });
  const events = byChild(await dutyEvents(deps, from, today));
  const now = roll.filter((c) => c.left === null);
  return {
    children: now.length,
    current: sharesOn(roll, events, today),
    months: ends.map((end) => sharesOn(roll, events, end)),
    unassigned: now
      .filter((c) => c.staffId === null)
      .sort(classOrder)
      .map((c) => ({ childId: c.id, childName: c.name, grade: c.grade, classNo: c.classNo })),
  };
}
