// The children the care duties are about, with their surrogate parent (代理家长). A surrogate parent
// whose account was archived looks after no one any more: her children count as having none.
import { sql, type RawBuilder } from 'kysely';
import { compareClass } from '../../../shared/classOrder';
import type { CareCharge } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { dayOf } from './periods';

export interface RollChild {
  id: number;
  name: string;
  grade: number | null;
  classNo: number | null;
  pinyin: string;
  /** Local dates the child joined and left the roll (left: null while on it). */
  joined: string;
  left: string | null;
  staffId: number | null;
  staffName: string | null;
}

/**
 * Children on the roll now (or, with includeLeft, ever), optionally only one surrogate parent's
 * (staffId null: the children with none).
 */
export async function loadRoll({ db }: Pick<ServiceDeps, 'db'>, options: { staffId?: number | null; includeLeft?: boolean } = {}): Promise<RollChild[]> {
  let q = db
    .selectFrom('child as c')
    .leftJoin('staff as s', (join) => join.onRef('s.id', '=', 'c.surrogate_staff_id').on('s.archived_at', 'is', null))
    .select(['c.id', 'c.name', 'c.grade', 'c.class_no', 'c.name_pinyin', 'c.created_at', 'c.archived_at', 's.id as staff_id', 's.name as staff_name'])
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .orderBy('c.id');
  if (!options.includeLeft) q = q.where('c.archived_at', 'is', null);
  if (options.staffId === null) q = q.where('s.id', 'is', null);
  else if (options.staffId !== undefined) q = q.where('s.id', '=', options.staffId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    grade: r.grade,
    classNo: r.class_no,
    pinyin: r.name_pinyin,
    joined: dayOf(r.created_at),
    left: r.archived_at === null ? null : dayOf(r.archived_at),
    staffId: r.staff_id,
    staffName: r.staff_name,
  }));
}

/**
 * A condition on a query whose child table is aliased `c`: the child is in that surrogate parent's
 * group (null: has none, or one whose account is archived). Narrows the reads loadRoll's rows need.
 */
export function inGroup(staffId: number | null): RawBuilder<boolean> {
  return staffId === null
    ? sql<boolean>`(c.surrogate_staff_id is null or c.surrogate_staff_id in (select id from staff where archived_at is not null))`
    : sql<boolean>`c.surrogate_staff_id = ${staffId}`;
}

/** On the roll at the end of that day: joined by then and not left by then. */
export function onRollOn(child: RollChild, date: string): boolean {
  return child.joined <= date && (child.left === null || child.left > date);
}

/** Surrogate parents by name; the children with none last. */
export function staffNameOrder(a: { staffName: string | null }, b: { staffName: string | null }): number {
  if (a.staffName === null || b.staffName === null) return Number(a.staffName === null) - Number(b.staffName === null);
  return a.staffName.localeCompare(b.staffName, 'zh-CN');
}

/** Class order: grade, class, then name as the class list has it. */
export function classOrder(a: RollChild, b: RollChild): number {
  return compareClass(a, b) || a.pinyin.localeCompare(b.pinyin) || a.id - b.id;
}

/** How many children the caller is surrogate parent to, and how many have none. */
export async function charge(deps: Pick<ServiceDeps, 'db' | 'actor'>): Promise<CareCharge> {
  return {
    mine: (await loadRoll(deps, { staffId: deps.actor.staffId ?? -1 })).length,
    withoutSurrogate: (await loadRoll(deps, { staffId: null })).length,
  };
}
