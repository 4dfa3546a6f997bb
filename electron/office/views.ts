// The office's views (issue 15 point 3), one opening query each, the same Kysely on both dialects:
// the weeks × rooms grid, each room's weeks with their figures, trends per room or school with the
// county total, and the rooms to look at first. Only each week's counting bundle (current = 1) counts.
import type { Kysely } from 'kysely';
import type { OfficeAttentionRow, OfficeGrid, OfficeTrend, OfficeWeekRow, TrendMetric } from '../../shared/office';
import { mondayOfWeek, weekOf } from '../services/exports/week';
import type { OfficeDatabase } from './schema';

type Db = Kysely<OfficeDatabase>;

export interface WeekSpan {
  from: string;
  to: string;
}

/** Every ISO week from `from` to `to`, oldest first. */
export function weeksOf({ from, to }: WeekSpan): string[] {
  const weeks: string[] = [];
  const last = mondayOfWeek(to);
  let monday = mondayOfWeek(from);
  if (!monday || !last) return weeks;
  while (monday <= last) {
    weeks.push(weekOf(monday));
    monday = new Date(Date.parse(`${monday}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  }
  return weeks;
}

/** The latest week any room sent, or null on an empty office. */
export async function latestWeek(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('office_bundle')
    .select((eb) => eb.fn.max('week').as('week'))
    .where('current', '=', 1)
    .executeTakeFirst();
  return row?.week ?? null;
}

const n = (v: number | string | bigint | null) => (v === null ? 0 : Number(v));
/** Schools and rooms in pinyin order, the same whatever the database's collation. */
const byName = (a: { school: string; room: string }, b: { school: string; room: string }) => a.school.localeCompare(b.school, 'zh-CN') || a.room.localeCompare(b.room, 'zh-CN');

export async function weekRows(db: Db, span: WeekSpan): Promise<OfficeWeekRow[]> {
  const rows = await db
    .selectFrom('office_bundle as b')
    .innerJoin('office_room as r', 'r.id', 'b.room_id')
    .innerJoin('office_school as s', 's.id', 'b.school_id')
    .select([
      's.name as school',
      'r.name as room',
      'b.week',
      'b.revision',
      'b.children',
      'b.visits',
      'b.calls',
      'b.calls_talked',
      'b.no_call_30',
      'b.loans',
      'b.overdue_books',
      'b.signups',
      'b.attendances',
      'b.duties_planned',
      'b.duties_covered',
      'b.care_talk_share',
    ])
    .where('b.current', '=', 1)
    .where('b.week', '>=', span.from)
    .where('b.week', '<=', span.to)
    .orderBy('b.week')
    .execute();
  return rows.sort(byName).map((r) => ({
    school: r.school,
    room: r.room,
    week: r.week,
    revision: r.revision,
    children: r.children,
    visits: r.visits,
    calls: r.calls,
    callsTalked: r.calls_talked,
    noCall30: r.no_call_30,
    loans: r.loans,
    overdueBooks: r.overdue_books,
    signups: r.signups,
    attendances: r.attendances,
    dutiesPlanned: r.duties_planned,
    dutiesCovered: r.duties_covered,
    careTalkShare: r.care_talk_share === null ? null : Number(r.care_talk_share),
  }));
}

export async function grid(db: Db, span: WeekSpan): Promise<OfficeGrid> {
  const weeks = weeksOf(span);
  const rooms = await db.selectFrom('office_room as r').innerJoin('office_school as s', 's.id', 'r.school_id').select(['r.id', 's.name as school', 'r.name as room']).execute();
  rooms.sort(byName);
  const sent = await db.selectFrom('office_bundle').select(['room_id', 'week', 'revision']).where('current', '=', 1).where('week', '>=', span.from).where('week', '<=', span.to).execute();
  const revision = new Map(sent.map((b) => [`${b.room_id}|${b.week}`, b.revision]));
  return {
    weeks,
    rooms: rooms.map((r) => {
      const cells = weeks.map((w) => revision.get(`${r.id}|${w}`) ?? null);
      const lastSent = cells.map((c) => c !== null).lastIndexOf(true);
      return { school: r.school, room: r.room, cells, missingSince: lastSent === weeks.length - 1 ? null : (weeks[lastSent + 1] ?? null) };
    }),
  };
}

const COLUMN: Record<TrendMetric, 'visits' | 'children' | 'calls' | 'calls_talked' | 'no_call_30' | 'loans' | 'overdue_books' | 'signups' | 'attendances' | 'duties_covered'> = {
  visits: 'visits',
  children: 'children',
  calls: 'calls',
  callsTalked: 'calls_talked',
  noCall30: 'no_call_30',
  loans: 'loans',
  overdueBooks: 'overdue_books',
  signups: 'signups',
  attendances: 'attendances',
  dutiesCovered: 'duties_covered',
};

/** One line per room or per school over the span, summed in the database, and the county total. */
export async function trend(db: Db, span: WeekSpan, metric: TrendMetric, by: 'room' | 'school'): Promise<OfficeTrend> {
  const weeks = weeksOf(span);
  const column = `b.${COLUMN[metric]}` as const;
  const base = db
    .selectFrom('office_bundle as b')
    .innerJoin('office_school as s', 's.id', 'b.school_id')
    .innerJoin('office_room as r', 'r.id', 'b.room_id')
    .where('b.current', '=', 1)
    .where('b.week', '>=', span.from)
    .where('b.week', '<=', span.to);
  const rows =
    by === 'room'
      ? await base
          .select((eb) => ['b.week', 's.name as school', 'r.name as room', eb.fn.sum<number>(column).as('value')])
          .groupBy(['b.week', 's.name', 'r.name'])
          .execute()
      : await base
          .select((eb) => ['b.week', 's.name as school', eb.fn.sum<number>(column).as('value')])
          .groupBy(['b.week', 's.name'])
          .execute();
  const index = new Map(weeks.map((w, i) => [w, i]));
  const lines = new Map<string, (number | null)[]>();
  const total = weeks.map(() => 0);
  for (const row of rows) {
    const name = 'room' in row ? `${row.school} · ${String(row.room)}` : row.school;
    const values = lines.get(name) ?? weeks.map(() => null);
    const i = index.get(row.week) ?? -1;
    if (i < 0) continue;
    values[i] = n(row.value);
    total[i] = (total[i] ?? 0) + n(row.value);
    lines.set(name, values);
  }
  return { weeks, series: [...lines].sort(([a], [b]) => a.localeCompare(b, 'zh-CN')).map(([name, values]) => ({ name, values })), total };
}

/** Each room's latest week, with what makes it one to look at first. */
export async function attention(db: Db): Promise<OfficeAttentionRow[]> {
  const latest = await latestWeek(db);
  if (!latest) return [];
  // Each room's newest current bundle, found through the (room_id, week) index: one short walk per room,
  // where grouping every bundle of five years cost SQLite 100 ms on the county.
  const rows = await db
    .selectFrom('office_room as r')
    .innerJoin('office_bundle as b', (j) =>
      j.on((eb) => eb('b.id', '=', eb.selectFrom('office_bundle as x').select('x.id').whereRef('x.room_id', '=', 'r.id').where('x.current', '=', 1).orderBy('x.week', 'desc').limit(1))),
    )
    .innerJoin('office_school as s', 's.id', 'b.school_id')
    .select(['s.name as school', 'r.name as room', 'b.week', 'b.care_talk_share', 'b.no_call_30', 'b.duties_planned', 'b.duties_covered'])
    .execute();
  return rows.sort(byName).map((r) => ({
    school: r.school,
    room: r.room,
    lastWeek: r.week,
    silentWeeks: weeksOf({ from: r.week, to: latest }).length - 1,
    careTalkShare: r.care_talk_share === null ? null : Number(r.care_talk_share),
    noCall30: r.no_call_30,
    missedDuties: r.duties_planned - r.duties_covered,
  }));
}
