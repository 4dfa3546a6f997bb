// The once-a-month rule (每月至少通话一次): children with no talk with a parent for `days` whole days,
// or none on record, never first. Filtered, ordered and paged by the database: a district's roll is
// 10,000 children, and building every child's row to keep 1,500 of them took 160 ms.
import { sql } from 'kysely';
import type { CareRow, Page } from '../../../shared/domain';
import { addDays } from '../room/checkins';
import { daysSince } from './callQueue';
import type { ServiceDeps } from '../deps';

export interface OverdueQuery {
  days: number;
  offset: number;
  limit: number;
}

export async function overdueCalls({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>, { days, offset, limit }: OverdueQuery): Promise<Page<CareRow>> {
  // A talk on this local date or earlier is `days` or more whole days ago. Every stamp carries the
  // room's one offset, so its first ten characters are its local date (as care/periods.ts dayOf).
  const lastDay = addDays(clock.today(), -days);
  const rows = await overdueRows(db, lastDay, offset, limit);
  // A page past the end (the list shrank while it was open) still tells the pager how long the list is.
  if (rows.length === 0) return { rows: [], total: offset === 0 ? 0 : ((await overdueRows(db, lastDay, 0, 1))[0]?.total ?? 0) };
  const ids = rows.map((r) => r.id);
  const parents = await db.selectFrom('child_parent').select(['id', 'child_id', 'relation', 'name', 'phone']).where('child_id', 'in', ids).where('removed_at', 'is', null).orderBy('id').execute();
  const booked = await db.selectFrom('call_booking').select('child_id').where('child_id', 'in', ids).where('status', 'in', ['waiting', 'calling']).execute();
  const bookedIds = new Set(booked.map((b) => b.child_id));
  return {
    total: rows[0]!.total, // rows is not empty (above)
    rows: rows.map((r) => ({
      childId: r.id,
      childName: r.name,
      grade: r.grade,
      classNo: r.class_no,
      surrogateName: r.surrogate_name,
      lastTalkAt: r.last,
      daysSinceTalk: daysSince(clock, r.last),
      hasBooking: bookedIds.has(r.id),
      parents: parents.filter((p) => p.child_id === r.id).map((p) => ({ id: p.id, relation: p.relation, name: p.name, hasPhone: p.phone !== null })),
    })),
  };
}

/** One page of the overdue children in list order, each row with the whole list's length. */
function overdueRows(db: ServiceDeps['db'], lastDay: string, offset: number, limit: number) {
  const lastTalkDay = sql<string | null>`substr(roll.last, 1, 10)`;
  return (
    db
      // Materialized: one probe of call_child_talk per child, whatever the filter and order reuse.
      .with(
        (cte) => cte('roll').materialized(),
        (qb) =>
          qb
            .selectFrom('child as c')
            .select('c.id')
            .select((eb) =>
              eb
                .selectFrom('call as k')
                .select((k) => k.fn.max('k.ended_at').as('last'))
                .whereRef('k.child_id', '=', 'c.id')
                .where('k.outcome', '=', 'talked')
                .where('k.voided_at', 'is', null)
                .as('last'),
            )
            .where('c.archived_at', 'is', null),
      )
      .selectFrom('roll')
      .innerJoin('child as c', 'c.id', 'roll.id')
      .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
      .select(['c.id', 'c.name', 'c.grade', 'c.class_no', 's.name as surrogate_name', 'roll.last'])
      .select((eb) => eb.fn.countAll<number>().over().as('total'))
      .where((eb) => eb.or([eb('roll.last', 'is', null), eb(lastTalkDay, '<=', lastDay)]))
      // Never first, then the longest without a talk, then the class list.
      .orderBy(sql`roll.last is not null`)
      .orderBy(lastTalkDay)
      .orderBy('c.grade', (o) => o.asc().nullsLast())
      .orderBy('c.class_no', (o) => o.asc().nullsLast())
      .orderBy('c.name_pinyin')
      .orderBy('c.id')
      .limit(limit)
      .offset(offset)
      .execute()
  );
}
