// The monthly-lecture rule (issue 20): a lecture each month the room is open. A month of the semester
// is a gap when the room was open in it (a child checked in: the evidence notSeen and the parent letter
// use too, so the winter and summer holidays, when nobody comes, are never gaps) and no lecture that
// stands (not voided) was held in it. The running month is a gap only "so far" and is marked current.
import { sql, type Kysely } from 'kysely';
import { LECTURE_TOPICS, type LectureFacts, type LectureGaps, type LectureTopic } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import { addDays } from '../room/checkins';
import { semesterOf, semesterRange } from '../semester';

/** 'YYYY-MM' from `from`'s month to `to`'s, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const m = `${year}-${String(month).padStart(2, '0')}`;
    if (m > last) return out;
    out.push(m);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

/** The semester `asOf` (a local date) falls in, and its months up to `asOf` without a lecture. */
export async function lectureGaps(db: Kysely<Database>, asOf: string): Promise<LectureGaps> {
  const semester = semesterOf(asOf);
  const { from } = semesterRange(semester);
  // Stamps carry the room's offset, so their first seven characters are the room's local month.
  const open = await db
    .selectFrom('visit')
    .select(sql<string>`substr(checked_in_at, 1, 7)`.as('month'))
    .distinct()
    .where('voided_at', 'is', null)
    .where('checked_in_at', '>=', from)
    .where('checked_in_at', '<', addDays(asOf, 1))
    .execute();
  const held = await db
    .selectFrom('lecture')
    .select(sql<string>`substr(date, 1, 7)`.as('month'))
    .distinct()
    .where('voided_at', 'is', null)
    .where('date', '>=', from)
    .where('date', '<=', asOf)
    .execute();
  const opened = new Set(open.map((r) => r.month));
  const lectured = new Set(held.map((r) => r.month));
  const current = asOf.slice(0, 7);
  const months = monthsBetween(from, asOf)
    .filter((m) => opened.has(m) && !lectured.has(m))
    .map((month) => ({ month, current: month === current }));
  return { semester, months };
}

/** The weekly bundle's lecture facts at `asOf` (the week's Sunday, or today while it runs): counts only. */
export async function lectureFacts(db: Kysely<Database>, asOf: string): Promise<LectureFacts> {
  const month = asOf.slice(0, 7);
  const rows = await db
    .selectFrom('lecture')
    .select(['topic', (eb) => eb.fn.countAll<number>().as('n')])
    .where('voided_at', 'is', null)
    .where('date', '>=', `${month}-01`)
    .where('date', '<=', asOf)
    .groupBy('topic')
    .execute();
  const byTopic = Object.fromEntries(LECTURE_TOPICS.map((t) => [t, 0])) as Record<LectureTopic, number>;
  for (const r of rows) byTopic[r.topic] = Number(r.n);
  const gaps = await lectureGaps(db, asOf);
  return { month, byTopic, monthsWithout: gaps.months.map((m) => m.month) };
}
