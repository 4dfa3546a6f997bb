// The week's figures: the summary sheet, the manifest's summary and the PDF all read them from here.
// "At the week's end" means the end of Sunday, or now for the week still running.
import { sql } from 'kysely';
import type { WeekSummary } from '../../../shared/bundle';
import type { IncidentCounts, LectureFacts } from '../../../shared/domain';
import { careWeek, type CareWeek } from '../care/weekSummary';
import { incidentCounts } from '../incidents/counts';
import { daysBetween } from '../calls/callQueue';
import { lectureFacts } from '../lectures/gaps';
import { localDay } from './format';
import { dutyReport } from './sheets/duty';
import type { SheetContext } from './sheets/types';

/** Days without a talk with a parent after which a child is listed (the once-a-month rule). */
export const NO_CALL_DAYS = 30;

export interface ChildLine {
  name: string;
  grade: number | null;
  classNo: number | null;
}

export interface WeekFacts {
  summary: WeekSummary;
  /** The local date the lists are taken on: Sunday, or today while the week runs. */
  asOfDate: string;
  /** Never talked first, then most days. */
  noCall: (ChildLine & { lastTalkOn: string | null; days: number | null })[];
  overdue: (ChildLine & { title: string; barcode: string; dueOn: string; days: number })[];
  duty: { planned: number; covered: number; late: number; absent: number; unplanned: number };
  /** The lecture rule at asOfDate: counts by topic for its month, and the semester's months without one. */
  lectures: LectureFacts;
  /** Incidents of the week by kind and their open follow-ups: counts, never a text. */
  incidents: IncidentCounts;
  /** The care sheet's counts: read here once for the bundle and its digest (on a district, 0.4 s each). */
  care: CareWeek;
}

const count = (rows: { n: number | bigint | string }) => Number(rows.n);

export async function weekFacts(ctx: SheetContext): Promise<WeekFacts> {
  const { db, range, clock } = ctx;
  const now = clock.stamp();
  const asOf = now < range.to ? now : range.to;
  const asOfDate = asOf === range.to ? range.sunday : localDay(asOf, range.timezone);

  const visits = db.selectFrom('visit').where('checked_in_at', '>=', range.from).where('checked_in_at', '<', range.to).where('voided_at', 'is', null);
  const perDay = await visits
    .select([sql<string>`substr(checked_in_at, 1, 10)`.as('date'), (eb) => eb.fn.countAll<number>().as('n'), sql<number>`count(distinct child_id)`.as('children')])
    .groupBy(sql`substr(checked_in_at, 1, 10)`)
    .execute();
  const byDay = new Map(perDay.map((r) => [r.date, r]));
  const totals = await visits.select([(eb) => eb.fn.countAll<number>().as('n'), sql<number>`count(distinct child_id)`.as('children')]).executeTakeFirstOrThrow();

  const calls = await db
    .selectFrom('call')
    .select([
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`coalesce(sum(outcome = 'talked'), 0)`.as('talked'),
      sql<number>`coalesce(sum(channel = 'video'), 0)`.as('video'),
      sql<number>`coalesce(sum(channel = 'video' and outcome = 'talked'), 0)`.as('video_talked'),
    ])
    .where('started_at', '>=', range.from)
    .where('started_at', '<', range.to)
    .where('voided_at', 'is', null)
    .executeTakeFirstOrThrow();
  const loans = (column: 'lent_at' | 'returned_at') =>
    db
      .selectFrom('loan')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '>=', range.from)
      .where(column, '<', range.to)
      .executeTakeFirstOrThrow();
  const signups = await db
    .selectFrom('activity_signup')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('signed_up_at', '>=', range.from)
    .where('signed_up_at', '<', range.to)
    .executeTakeFirstOrThrow();
  const attended = await db
    .selectFrom('activity_attendance')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('date', '>=', range.monday)
    .where('date', '<=', range.sunday)
    .where('present', '=', 1)
    .executeTakeFirstOrThrow();
  const signIns = await db
    .selectFrom('duty_signin')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('signed_in_at', '>=', range.monday)
    .where('signed_in_at', '<', range.to)
    .executeTakeFirstOrThrow();

  const report = await dutyReport(ctx);
  const planned = report.filter((r) => r.planned);
  const duty = {
    planned: planned.length,
    covered: planned.filter((r) => r.status === 'on_time' || r.status === 'late').length,
    late: planned.filter((r) => r.status === 'late').length,
    absent: planned.filter((r) => r.status === 'absent').length,
    unplanned: report.length - planned.length,
  };
  const noCall = await childrenWithoutCall(ctx, asOf, asOfDate);
  const overdue = await overdueBooks(ctx, asOf, asOfDate);

  return {
    asOfDate,
    lectures: await lectureFacts(db, asOfDate),
    incidents: await incidentCounts(db, range.from, range.to, asOf),
    care: await careWeek(ctx, range),
    noCall,
    overdue,
    duty,
    summary: {
      children: Number(totals.children),
      visits: count(totals),
      calls: count(calls),
      callsTalked: Number(calls.talked),
      videoCalls: Number(calls.video),
      videoCallsTalked: Number(calls.video_talked),
      loans: count(await loans('lent_at')),
      returns: count(await loans('returned_at')),
      signups: count(signups),
      attendances: count(attended),
      dutySignIns: count(signIns),
      dutiesCovered: duty.covered,
      dutiesPlanned: duty.planned,
      noCall30Days: noCall.length,
      overdueBooks: overdue.length,
      daily: range.days.map((date) => ({ date, visits: Number(byDay.get(date)?.n ?? 0), children: Number(byDay.get(date)?.children ?? 0) })),
    },
  };
}

/** Children on the roll at `asOf` whose last talk with a parent before then is 30+ days old, or who never talked. */
async function childrenWithoutCall({ db, range }: SheetContext, asOf: string, asOfDate: string): Promise<WeekFacts['noCall']> {
  // Each child's newest talk in one probe of call_child_talk (child, outcome, voided, ended): grouping
  // every talk of the district by child read the whole index (0.24 s a week's export).
  const rows = await db
    .selectFrom('child as c')
    .select(['c.name', 'c.grade', 'c.class_no'])
    .select((eb) =>
      eb
        .selectFrom('call as k')
        .select((k) => k.fn.max('k.ended_at').as('m'))
        .whereRef('k.child_id', '=', 'c.id')
        .where('k.outcome', '=', 'talked')
        .where('k.voided_at', 'is', null)
        .where('k.ended_at', '<', asOf)
        .as('last'),
    )
    .where('c.created_at', '<', asOf)
    .where((eb) => eb.or([eb('c.archived_at', 'is', null), eb('c.archived_at', '>=', asOf)]))
    .where('c.erased_at', 'is', null)
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .execute();
  const lines = rows.map((r) => {
    const lastTalkOn = r.last === null ? null : localDay(r.last, range.timezone);
    return { name: r.name, grade: r.grade, classNo: r.class_no, lastTalkOn, days: lastTalkOn === null ? null : daysBetween(lastTalkOn, asOfDate) };
  });
  const key = (d: number | null) => d ?? Number.MAX_SAFE_INTEGER;
  return lines.filter((l) => l.days === null || l.days >= NO_CALL_DAYS).sort((a, b) => key(b.days) - key(a.days));
}

/** Books lent before `asOf`, still out then, and due before that day. Most days overdue first. */
async function overdueBooks({ db }: SheetContext, asOf: string, asOfDate: string): Promise<WeekFacts['overdue']> {
  const rows = await db
    .selectFrom('loan as l')
    .innerJoin('book_copy as b', 'b.id', 'l.copy_id')
    .innerJoin('book', 'book.id', 'b.book_id')
    .innerJoin('child as c', 'c.id', 'l.child_id')
    .select(['c.name', 'c.grade', 'c.class_no', 'book.title', 'b.barcode', 'l.due_on'])
    // Found by returned_at (migration 0028): open, or returned after asOf. The unary + keeps SQLite from
    // walking the lent_at index instead, which it prefers without statistics and which holds every loan.
    .where(sql<string>`+${sql.ref('l.lent_at')}`, '<', asOf)
    .where((eb) => eb.or([eb('l.returned_at', 'is', null), eb('l.returned_at', '>=', asOf)]))
    .where('l.due_on', '<', asOfDate)
    .orderBy('l.due_on')
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .orderBy('l.id')
    .execute();
  return rows.map((r) => ({
    name: r.name,
    grade: r.grade,
    classNo: r.class_no,
    title: r.title,
    barcode: r.barcode,
    dueOn: r.due_on,
    days: daysBetween(r.due_on, asOfDate),
  }));
}
