// Coverage shares from a list of duty events, for one set of children at one day: the week summary's
// way (a few groups at one date). The room's six months are counted in coverage.ts instead.
import type { CareDuty, CoverageMonth } from '../../../shared/domain';
import type { DutyEvent } from './events';
import { periodOf, type Span } from './periods';
import { onRollOn, type RollChild } from './roll';

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
