// A week of care for the school office, per surrogate parent: children, records written that week by
// kind, follow-ups open at its end and coverage shares at its end. Counts only, never a note's text.
import type { CareKind, CoverageMonth } from '../../../shared/domain';
import { CARE_KINDS } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { byChild, sharesOn, spansOn } from './shares';
import { dutyEvents } from './events';
import { loadRoll, onRollOn, staffNameOrder, type RollChild } from './roll';

export interface CareWeekRow {
  /** null: the children with no surrogate parent. */
  staffName: string | null;
  children: number;
  records: Record<CareKind, number>;
  openFollowUps: number;
  shares: CoverageMonth;
}

export interface CareWeek {
  groups: CareWeekRow[];
  total: CareWeekRow;
}

interface WeekSpan {
  monday: string;
  sunday: string;
  /** Stamps in the room's offset: the week is [from, to). */
  from: string;
  to: string;
}

const noRecords = (): Record<CareKind, number> => Object.fromEntries(CARE_KINDS.map((k) => [k, 0])) as Record<CareKind, number>;

/** Shares as at the week's last day, or today while the week is still running. */
export async function careWeek(deps: Pick<ServiceDeps, 'db' | 'clock'>, week: WeekSpan): Promise<CareWeek> {
  const { db } = deps;
  const asOf = week.sunday < deps.clock.today() ? week.sunday : deps.clock.today();
  const roll = (await loadRoll(deps, { includeLeft: true })).filter((c) => onRollOn(c, asOf));
  const events = byChild(await dutyEvents(deps, spansOn(asOf).visit.from, asOf));
  const written = await db
    .selectFrom('care_record')
    .select(['child_id', 'kind'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('voided_at', 'is', null)
    .where('date', '>=', week.monday)
    .where('date', '<=', week.sunday)
    .groupBy(['child_id', 'kind'])
    .execute();
  const open = await db
    .selectFrom('care_follow_up')
    .select('child_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('created_at', '<', week.to)
    .where((eb) => eb.or([eb('done_at', 'is', null), eb('done_at', '>=', week.to)]))
    .groupBy('child_id')
    .execute();
  const openOf = new Map(open.map((o) => [o.child_id, Number(o.n)]));

  const row = (staffName: string | null, children: RollChild[]): CareWeekRow => {
    const ids = new Set(children.map((c) => c.id));
    const records = noRecords();
    for (const w of written) if (ids.has(w.child_id)) records[w.kind] += Number(w.n);
    return {
      staffName,
      children: children.length,
      records,
      openFollowUps: children.reduce((n, c) => n + (openOf.get(c.id) ?? 0), 0),
      shares: sharesOn(children, events, asOf),
    };
  };
  const byStaff = new Map<number | null, RollChild[]>();
  for (const c of roll) {
    const list = byStaff.get(c.staffId);
    if (list) list.push(c);
    else byStaff.set(c.staffId, [c]);
  }
  // Each list was started with its first child.
  const groups = [...byStaff.values()].map((children) => row(children[0]!.staffName, children)).sort(staffNameOrder);
  return { groups, total: row(null, roll) };
}
