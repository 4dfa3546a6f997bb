// Coverage: the share of children on the roll with a talk and a parent contact in the month, and a
// home visit and a letter in the semester so far; now and at the end of each of the last six months.
// Counted without loading the events: for each month-end and duty the children who did it in its span
// come as one list (dutyChildren.ts), and the roll as a bit per month-end for the few children not on
// it at all six (joined since the first, or left).
import { sql, type Kysely } from 'kysely';
import { compareClass } from '../../../shared/classOrder';
import { CARE_DUTIES, type CareCoverage, type CareDuty, type CoverageMonth } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { childrenWhoDid, parseIds } from './dutyChildren';
import { monthOf, periodOf } from './periods';
import { inGroup } from './roll';
import { spansOn } from './shares';

export const COVERAGE_MONTHS = 6;

/** The last day of each of the last six months, oldest first; today for this month. */
export function monthEnds(today: string): string[] {
  return Array.from({ length: COVERAGE_MONTHS }, (_, i) => COVERAGE_MONTHS - 1 - i).map((back) => (back === 0 ? today : periodOf('month', `${monthOf(today, back)}-01`).to));
}

interface RollAt {
  /** On the roll now. */
  now: number;
  /** On the roll at the end of each month-end, in order. */
  counts: number[];
  /** Bit i: on the roll at the end of ends[i]; indexed by child id. */
  bits: Uint8Array;
}

/**
 * Who was on the roll at the end of each day (joined by then, not left by then). A child who joined by
 * the first day and is still on the roll after the last is on it at every one: only the others are
 * listed, with their bits, so the list stays short.
 */
async function rollAt(db: Kysely<Database>, ends: string[]): Promise<RollAt> {
  const after = ends.map((end) => addDays(end, 1));
  const onRollBits = sql.join(
    after.map((next, i) => sql`((created_at < ${next} and (archived_at is null or archived_at >= ${next})) << ${i})`),
    sql` | `,
  );
  const row = await db
    .selectFrom('child')
    .select([
      sql<number>`count(*)`.as('total'),
      sql<number>`count(*) filter (where archived_at is null)`.as('now'),
      sql<number | null>`max(id)`.as('max_id'),
      sql<string | null>`group_concat(id || ',' || (${onRollBits})) filter (where created_at >= ${after[0]} or archived_at < ${after[after.length - 1]})`.as('others'),
    ])
    .executeTakeFirstOrThrow();
  const all = (1 << ends.length) - 1;
  const bits = new Uint8Array((row.max_id ?? 0) + 1).fill(all);
  const others = parseIds(row.others);
  const counts = ends.map(() => row.total - others.length / 2);
  for (let k = 0; k < others.length; k += 2) {
    // (id, on-roll bits) pairs: k + 1 < others.length.
    const onRoll = others[k + 1]!;
    bits[others[k]!] = onRoll;
    counts.forEach((c, i) => (counts[i] = c + ((onRoll >> i) & 1)));
  }
  return { now: row.now, counts, bits };
}

/** Counts each child once among the ids if she was on the roll at ends[i]. */
function onRollCounter(roll: RollAt): (ids: number[], i: number) => number {
  const seen = new Uint32Array(roll.bits.length);
  let pass = 0;
  return (ids, i) => {
    pass += 1;
    let n = 0;
    for (const id of ids) {
      // Ids beyond the roll's largest are read as undefined: not a child, not counted.
      if (seen[id] === pass || !(((roll.bits[id] ?? 0) >> i) & 1)) continue;
      seen[id] = pass;
      n += 1;
    }
    return n;
  };
}

/** A month's shares, and the counts they come from. */
async function sharesAt(db: Kysely<Database>, end: string, onRoll: number, count: (ids: number[]) => number): Promise<{ shares: CoverageMonth; done: Record<CareDuty, number> }> {
  const spans = spansOn(end);
  const shares = {} as Record<CareDuty, number>;
  const done = {} as Record<CareDuty, number>;
  for (const duty of CARE_DUTIES) {
    done[duty] = count(await childrenWhoDid(db, duty, spans[duty]));
    shares[duty] = onRoll === 0 ? 0 : done[duty] / onRoll;
  }
  return { shares: { month: end.slice(0, 7), ...shares }, done };
}

export async function coverage(deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<CareCoverage> {
  const ends = monthEnds(deps.clock.today());
  const roll = await rollAt(deps.db, ends);
  const count = onRollCounter(roll);
  const months: CoverageMonth[] = [];
  let done = {} as Record<CareDuty, number>;
  for (const [i, end] of ends.entries()) {
    const month = await sharesAt(deps.db, end, roll.counts[i]!, (ids) => count(ids, i));
    months.push(month.shares);
    done = month.done;
  }
  // monthEnds gives COVERAGE_MONTHS (> 0) months, the current one last.
  const onRoll = roll.counts[ends.length - 1] ?? 0;
  return { children: roll.now, current: months.at(-1)!, currentCounts: { onRoll, ...done }, months, unassigned: await unassigned(deps.db) };
}

/**
 * The children on the roll with no surrogate parent, in class order. Sorted here: ordered in SQL, the
 * class index would be walked over every child with a row read each (19 ms for a district).
 */
async function unassigned(db: Kysely<Database>): Promise<CareCoverage['unassigned']> {
  const rows = await db.selectFrom('child as c').select(['c.id', 'c.name', 'c.grade', 'c.class_no', 'c.name_pinyin']).where('c.archived_at', 'is', null).where(inGroup(null)).execute();
  return rows
    .sort((a, b) => compareClass({ grade: a.grade, classNo: a.class_no }, { grade: b.grade, classNo: b.class_no }) || a.name_pinyin.localeCompare(b.name_pinyin) || a.id - b.id)
    .map((c) => ({ childId: c.id, childName: c.name, grade: c.grade, classNo: c.class_no }));
}
