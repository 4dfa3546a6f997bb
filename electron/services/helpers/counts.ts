// A semester's figures of the helpers page and the weekly bundle: counts only, never a name.
import { sql } from 'kysely';
import { AID_KINDS, type HelperCounts } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';
import { semesterOf, semesterRange } from '../semester';
import { toYuan } from './aid';

/** Local dates, both ends included. */
export interface DateSpan {
  from: string;
  to: string;
}

/** Aid (not voided) by kind, the children it reached, the helpers' visits, between two local dates. */
export async function helperFigures({ db }: Pick<ServiceDeps, 'db'>, { from, to }: DateSpan): Promise<Omit<HelperCounts, 'semester' | 'helpers'>> {
  const aid = await db
    .selectFrom('aid as a')
    .select([
      'a.kind',
      (eb) => eb.fn.countAll<number>().as('records'),
      sql<number>`coalesce(sum(a.amount_fen), 0)`.as('fen'),
      sql<number>`coalesce(sum(a.quantity), 0)`.as('quantity'),
      sql<number>`(select count(distinct l.child_id) from aid_child l join aid b on b.id = l.aid_id
        where b.kind = a.kind and b.voided_at is null and b.date between ${from} and ${to})`.as('children'),
    ])
    .where('a.voided_at', 'is', null)
    .where('a.date', '>=', from)
    .where('a.date', '<=', to)
    .groupBy('a.kind')
    .execute();
  const byKind = new Map(aid.map((r) => [r.kind, r]));
  const aidChildren = db
    .selectFrom('aid_child as l')
    .innerJoin('aid as a', 'a.id', 'l.aid_id')
    .select('l.child_id')
    .where('a.voided_at', 'is', null)
    .where('a.date', '>=', from)
    .where('a.date', '<=', to);
  const visitChildren = db.selectFrom('helper_visit_child as l').innerJoin('helper_visit as v', 'v.id', 'l.visit_id').select('l.child_id').where('v.date', '>=', from).where('v.date', '<=', to);
  const reached = await db
    .selectFrom(aidChildren.union(visitChildren).as('r'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const aided = await db
    .selectFrom(aidChildren.distinct().as('r'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const visits = await db
    .selectFrom('helper_visit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', from)
    .where('date', '<=', to)
    .executeTakeFirstOrThrow();
  return {
    aid: AID_KINDS.map((kind) => {
      const r = byKind.get(kind);
      return { kind, records: Number(r?.records ?? 0), children: Number(r?.children ?? 0), amountYuan: toYuan(Number(r?.fen ?? 0)), quantity: Number(r?.quantity ?? 0) };
    }),
    childrenReached: Number(reached.n),
    aidChildren: Number(aided.n),
    visits: Number(visits.n),
  };
}

export function createCountsService(deps: Pick<ServiceDeps, 'db' | 'clock'>) {
  const { db, clock } = deps;

  async function counts(semester: string): Promise<HelperCounts> {
    const span = semesterRange(semester);
    const today = clock.today();
    // Helpers on the list at the semester's end, or today while it runs.
    const end = span.to < today ? `${span.to}T99` : `${today}T99`;
    const helpers = await db
      .selectFrom('helper')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('created_at', '<', end)
      .where((eb) => eb.or([eb('archived_at', 'is', null), eb('archived_at', '>', end)]))
      .executeTakeFirstOrThrow();
    return { semester, ...(await helperFigures(deps, span)), helpers: Number(helpers.n) };
  }

  /** The current semester and every one with aid or a visit, newest first. */
  async function semesters(): Promise<string[]> {
    const dates = await db.selectFrom('aid').select('date').union(db.selectFrom('helper_visit').select('date')).execute();
    const found = new Set([semesterOf(clock.today()), ...dates.map((d) => semesterOf(d.date))]);
    return [...found].sort((a, b) => semesterRange(b).from.localeCompare(semesterRange(a).from));
  }

  return { counts, semesters };
}
