// The monthly letter to parents far away (家书, issue 16 point 8): days in the room, books and review
// grades, groups, calls with each parent, what comes next, and the surrogate parent's line. It reads
// counts, titles and relations only: never a care record, a health note, a review's text or an
// activity's description, and every other child's name is blanked out of the titles and the line.
import { sql } from 'kysely';
import type { Language, ParentLetter } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { letterText } from './letterText';

type Deps = ServiceDeps;
type Facts = Omit<ParentLetter, 'text'>;

export interface LetterRequest {
  childId: number;
  month: string;
  line: string;
  language: Language;
}

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

async function calls({ db }: Deps, childId: number, month: string): Promise<Facts['calls']> {
  const parents = await db.selectFrom('child_parent').select(['id', 'relation', 'phone']).where('child_id', '=', childId).where('removed_at', 'is', null).orderBy('id').execute();
  const rows = await db
    .selectFrom('call')
    .select(['parent_id', (eb) => eb.fn.countAll<number>().as('n'), sql<number>`sum(outcome = 'talked')`.as('talked')])
    .where('child_id', '=', childId)
    .where('voided_at', 'is', null)
    .where('outcome', 'is not', null)
    .where(sql<string>`substr(started_at, 1, 7)`, '=', month)
    .groupBy('parent_id')
    .execute();
  const byParent = new Map(rows.map((r) => [r.parent_id, r]));
  // A parent with no number and no call is not written to: "not reached" would blame no one fairly.
  return parents
    .map((p) => ({ relation: p.relation, calls: Number(byParent.get(p.id)?.n ?? 0), talked: Number(byParent.get(p.id)?.talked ?? 0), phone: p.phone }))
    .filter((p) => p.phone !== null || p.calls > 0)
    .map(({ relation, calls: n, talked }) => ({ relation, calls: n, talked }));
}

/** Books she borrowed or gave back this month, or reviewed; a review's grade, never its text. */
async function books({ db }: Deps, childId: number, month: string): Promise<Facts['books']> {
  const loans = await db
    .selectFrom('loan as l')
    .innerJoin('book_copy as bc', 'bc.id', 'l.copy_id')
    .select(['bc.book_id', 'l.lent_at as at'])
    .where('l.child_id', '=', childId)
    .where((eb) => eb.or([eb(sql<string>`substr(l.lent_at, 1, 7)`, '=', month), eb(sql<string>`substr(l.returned_at, 1, 7)`, '=', month)]))
    .execute();
  const reviews = await db
    .selectFrom('review')
    .select(['book_id', 'grade', 'written_at as at'])
    .where('child_id', '=', childId)
    .where(sql<string>`substr(written_at, 1, 7)`, '=', month)
    .orderBy('written_at')
    .execute();
  const ids = [...new Map([...loans, ...reviews].sort((a, b) => a.at.localeCompare(b.at)).map((r) => [r.book_id, r.at])).keys()];
  if (ids.length === 0) return [];
  const titles = new Map((await db.selectFrom('book').select(['id', 'title']).where('id', 'in', ids).execute()).map((b) => [b.id, b.title]));
  const grades = new Map(reviews.filter((r) => r.grade !== null).map((r) => [r.book_id, r.grade]));
  return ids.map((id) => ({ title: titles.get(id) ?? '', grade: grades.get(id) ?? null }));
}

/** Activities she was enrolled in that met this month: a weekend day in it, a group's term over it. */
async function groups({ db }: Deps, childId: number, month: string): Promise<string[]> {
  const first = `${month}-01`;
  const last = lastDay(month);
  const rows = await db
    .selectFrom('activity_signup as g')
    .innerJoin('activity as a', 'a.id', 'g.activity_id')
    .select(['a.title'])
    .distinct()
    .where('g.child_id', '=', childId)
    .where('g.status', '=', 'enrolled')
    .where((eb) =>
      eb.or([
        eb.and([eb('a.date', '>=', first), eb('a.date', '<=', last)]),
        eb.and([eb('a.kind', '=', 'group'), eb(eb.fn.coalesce('a.term_start', sql.lit('')), '<=', last), eb(eb.fn.coalesce('a.term_end', sql.lit('9999')), '>=', first)]),
      ]),
    )
    .orderBy('a.title')
    .execute();
  return rows.map((r) => r.title);
}

/** The next activity she is enrolled in, else the next one open for sign-up to her grade. */
async function next({ db, clock }: Deps, childId: number, grade: number | null): Promise<Facts['next']> {
  const today = clock.today();
  const now = clock.stamp();
  const upcoming = db
    .selectFrom('activity as a')
    .select(['a.id', 'a.title', 'a.date', 'a.weekday', 'a.start_time'])
    .where('a.archived_at', 'is', null)
    .where((eb) => eb.or([eb('a.date', '>=', today), eb.and([eb('a.kind', '=', 'group'), eb(eb.fn.coalesce('a.term_end', sql.lit('9999')), '>=', today)])]))
    .orderBy(sql`coalesce(a.date, a.term_start, '')`)
    .orderBy('a.id');
  const mine = await upcoming.innerJoin('activity_signup as g', 'g.activity_id', 'a.id').where('g.child_id', '=', childId).where('g.status', '=', 'enrolled').executeTakeFirst();
  const open =
    mine ??
    (await upcoming
      .where('a.signup_opens_at', '<=', now)
      .where('a.signup_closes_at', '>', now)
      .where((eb) => (grade === null ? sql<boolean>`1 = 1` : eb.and([eb(eb.fn.coalesce('a.grade_from', sql.lit(1)), '<=', grade), eb(eb.fn.coalesce('a.grade_to', sql.lit(12)), '>=', grade)])))
      .executeTakeFirst());
  if (!open) return null;
  return { title: open.title, date: open.date, weekday: open.weekday, startTime: open.start_time, signedUp: mine !== undefined };
}

/** Every other child's name, longest first (so 张小明 is blanked before 张小). */
async function otherNames({ db }: Deps, childId: number): Promise<string[]> {
  const rows = await db.selectFrom('child').select('name').where('id', '!=', childId).execute();
  return [...new Set(rows.map((r) => r.name).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);
}

export function blankNames(text: string, names: string[]): string {
  return names.reduce((out, name) => out.split(name).join('□'.repeat(name.length)), text);
}

export async function parentLetter(deps: Deps, request: LetterRequest): Promise<ParentLetter> {
  const { db, clock } = deps;
  const { childId, month } = request;
  const child = await db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .select(['c.id', 'c.name', 'c.grade', 's.name as staff_name'])
    .where('c.id', '=', childId)
    .executeTakeFirst();
  if (!child) throw new AppError('not_found', { entity: 'child' });
  const today = clock.today();
  if (`${month}-01` > today) throw invalid(['month'], 'date_future');
  await recordAccess(deps, childId, 'file');
  const settings = await readSettings(db);
  const inMonth = sql<string>`substr(checked_in_at, 1, 7)`;
  const days = (childOnly: boolean) => {
    let q = db
      .selectFrom('visit')
      .select(sql<number>`count(distinct substr(checked_in_at, 1, 10))`.as('n'))
      .where('voided_at', 'is', null)
      .where(inMonth, '=', month);
    if (childOnly) q = q.where('child_id', '=', childId);
    return q.executeTakeFirstOrThrow().then((r) => Number(r.n));
  };
  const names = await otherNames(deps, childId);
  const blank = (s: string) => blankNames(s, names);
  const facts: Facts = {
    childId,
    childName: child.name,
    month,
    upTo: lastDay(month) > today ? today : null,
    schoolName: settings.schoolName,
    roomName: settings.roomName,
    daysIn: await days(true),
    roomDays: await days(false),
    books: (await books(deps, childId, month)).map((b) => ({ ...b, title: blank(b.title) })),
    groups: (await groups(deps, childId, month)).map(blank),
    calls: await calls(deps, childId, month),
    next: await next(deps, childId, child.grade).then((n) => n && { ...n, title: blank(n.title) }),
    surrogateName: child.staff_name,
    line: blank(request.line),
  };
  return { ...facts, text: letterText(facts, request.language) };
}
