// The due list: for each child of a surrogate parent's group and each duty, whether it is still to do
// this period ('due') or was not done last period either ('overdue'), with the child's open
// follow-ups. The periods are settings (week, month or semester).
import { CARE_DUTIES, type CareDuty, type CarePeriod, type DueChild, type DueGroup, type DueItem, type Settings } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { lastDone } from './events';
import { openFollowUps } from './followUps';
import { periodOf, previousPeriod, type Span } from './periods';
import { classOrder, loadRoll, type RollChild } from './roll';
import { readerOf } from './visibility';

export function dutyPeriods(settings: Settings): Record<CareDuty, CarePeriod> {
  return {
    talk: settings.careTalkPeriod,
    contact: settings.careContactPeriod,
    visit: settings.careVisitPeriod,
    letter: settings.careLetterPeriod,
  };
}

export interface DutySpans {
  current: Span;
  previous: Span;
}

/** This period and the one before it, for each duty, as of a day. */
export function dutySpans(settings: Settings, today: string): Record<CareDuty, DutySpans> {
  const periods = dutyPeriods(settings);
  const spans = (duty: CareDuty) => ({ current: periodOf(periods[duty], today), previous: previousPeriod(periods[duty], today) });
  return { talk: spans('talk'), contact: spans('contact'), visit: spans('visit'), letter: spans('letter') };
}

/**
 * One duty of one child: null when done this period. A child who joined the roll this period had
 * no earlier period to miss, so she is only ever 'due' in it.
 */
export function dueItem(duty: CareDuty, spans: DutySpans, last: string | null, joined: string): DueItem | null {
  if (last !== null && last >= spans.current.from) return null;
  const missedLast = joined < spans.current.from && (last === null || last < spans.previous.from);
  return { duty, status: missedLast ? 'overdue' : 'due', lastDone: last, periodEnds: spans.current.to };
}

function isLate(child: DueChild, today: string): boolean {
  return child.duties.some((d) => d.status === 'overdue') || child.followUps.some((f) => f.dueOn < today);
}

/**
 * One surrogate parent's children who are due (staffId null: the children with none), as one group,
 * or no group when nothing is due. The room-wide counts are dueGroups.ts.
 */
export async function dueList(deps: ServiceDeps, staffId: number | null): Promise<DueGroup[]> {
  const today = deps.clock.today();
  const spans = dutySpans(await readSettings(deps.db), today);
  const roll = await loadRoll(deps, { staffId });
  const done = await lastDone(deps, staffId);
  const followUps = await openFollowUps(deps.db, await readerOf(deps), staffId);

  const late = new Map<DueChild, boolean>();
  const groups = new Map<number | null, { group: DueGroup; rows: { child: RollChild; due: DueChild }[] }>();
  for (const child of roll) {
    const last = done.get(child.id) ?? {};
    const duties = CARE_DUTIES.map((d) => dueItem(d, spans[d], last[d] ?? null, child.joined)).filter((d) => d !== null);
    const open = followUps.get(child.id) ?? [];
    if (duties.length === 0 && open.length === 0) continue;
    const due: DueChild = { childId: child.id, childName: child.name, grade: child.grade, classNo: child.classNo, duties, followUps: open };
    late.set(due, isLate(due, today));
    const entry = groups.get(child.staffId) ?? { group: { staffId: child.staffId, staffName: child.staffName, children: [] }, rows: [] };
    entry.rows.push({ child, due });
    groups.set(child.staffId, entry);
  }
  return [...groups.values()].map(({ group, rows }) => {
    // Late first (an overdue duty or a follow-up past its day), then the class list order.
    rows.sort((a, b) => Number(late.get(b.due)) - Number(late.get(a.due)) || classOrder(a.child, b.child));
    return { ...group, children: rows.map((r) => r.due) };
  });
}
