// The room-wide due list as counts per surrogate parent: how many of her children have something due
// and how many of those are late, by the rules of due.ts (dueItem), without building every child's
// row. Which children did each duty this period and last is read as lists (dutyChildren.ts) and
// marked per child in a typed array; the roll is one list of (child, surrogate, joined-before flags).
import { sql } from 'kysely';
import { CARE_DUTIES, type CareDuty, type DueGroupSummary } from '../../../shared/domain';
import { addDays } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { dutySpans, type DutySpans } from './due';
import { childrenWhoDid, parseIds } from './dutyChildren';

/** Bits per child: duty d done this period (1 << d), or last period (16 << d); follow-ups open or past their day. */
const DONE_LAST = 4;
const ALL_DONE = (1 << CARE_DUTIES.length) - 1;
const OPEN = 1 << 8;
const PAST_DAY = 1 << 9;

interface Roll {
  /** Per child: id, surrogate parent's id (0: none), and bit d set when she joined before duty d's period. */
  entries: number[];
  maxId: number;
}

async function loadRoll({ db }: Pick<ServiceDeps, 'db'>, spans: DutySpans[]): Promise<Roll> {
  const joinedBefore = sql.join(
    spans.map((s, d) => sql`((c.created_at < ${s.current.from}) << ${d})`),
    sql` | `,
  );
  const row = await db
    .selectFrom('child as c')
    .select([sql<number | null>`max(c.id)`.as('max_id'), sql<string | null>`group_concat(c.id || ',' || coalesce(c.surrogate_staff_id, 0) || ',' || (${joinedBefore}))`.as('roll')])
    .where('c.archived_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { entries: parseIds(row.roll), maxId: row.max_id ?? 0 };
}

/** The marks of every child on the roll: which duties she did in which period, and her open follow-ups. */
async function marks(deps: Pick<ServiceDeps, 'db' | 'clock'>, byDuty: Record<CareDuty, DutySpans>, size: number): Promise<Uint16Array> {
  const bits = new Uint16Array(size);
  // An id past the roll's largest (an archived child) is not on it: a typed array drops that write.
  const mark = (id: number, bit: number) => (bits[id] = (bits[id] ?? 0) | bit);
  const markAll = (ids: number[], bit: number) => ids.forEach((id) => mark(id, bit));
  for (const [d, duty] of CARE_DUTIES.entries()) {
    const { current, previous } = byDuty[duty];
    markAll(await childrenWhoDid(deps.db, duty, { from: current.from, to: null }), 1 << d);
    markAll(await childrenWhoDid(deps.db, duty, { from: previous.from, to: addDays(current.from, -1) }), (1 << DONE_LAST) << d);
  }
  const open = await deps.db
    .selectFrom('care_follow_up')
    .select(sql<string | null>`group_concat(child_id || ',' || (due_on < ${deps.clock.today()}))`.as('list'))
    .where('done_at', 'is', null)
    .executeTakeFirstOrThrow();
  const pairs = parseIds(open.list);
  // (child id, past its day) pairs: i + 1 < pairs.length.
  for (let i = 0; i < pairs.length; i += 2) mark(pairs[i]!, pairs[i + 1] ? OPEN | PAST_DAY : OPEN);
  return bits;
}

/** Late: a duty missed last period too by a child who was on the roll before this one, or a follow-up past its day. */
function isLate(bits: number, joinedBefore: number): boolean {
  if (bits & PAST_DAY) return true;
  return CARE_DUTIES.some((_, d) => (joinedBefore >> d) & 1 && !((bits >> d) & 1) && !((bits >> (DONE_LAST + d)) & 1));
}

/** Groups with a child due, the children with no surrogate parent first, then surrogate parents by name. */
export async function dueGroups(deps: ServiceDeps): Promise<DueGroupSummary[]> {
  const settings = await readSettings(deps.db);
  const byDuty = dutySpans(settings, deps.clock.today());
  const spans = CARE_DUTIES.map((d) => byDuty[d]);
  const roll = await loadRoll(deps, spans);
  const bits = await marks(deps, byDuty, roll.maxId + 1);
  const staff = await deps.db.selectFrom('staff').select(['id', 'name']).where('archived_at', 'is', null).execute();
  const names = new Map(staff.map((s) => [s.id, s.name]));

  const counts = new Map<number, { due: number; late: number }>();
  for (let i = 0; i < roll.entries.length; i += 3) {
    // (child, surrogate, joined-before) triples: i + 2 < roll.entries.length, and bits spans every child id.
    const [childId, surrogateId, joinedBefore] = [roll.entries[i]!, roll.entries[i + 1]!, roll.entries[i + 2]!];
    const b = bits[childId]!;
    if ((b & ALL_DONE) === ALL_DONE && !(b & OPEN)) continue;
    // A surrogate parent whose account is archived looks after no one: her children count as having none.
    const staffId = names.has(surrogateId) ? surrogateId : 0;
    const count = counts.get(staffId) ?? { due: 0, late: 0 };
    count.due += 1;
    if (isLate(b, joinedBefore)) count.late += 1;
    counts.set(staffId, count);
  }
  const byName = new Intl.Collator('zh-CN').compare;
  return [...counts.entries()]
    .map(([id, c]) => ({ staffId: id === 0 ? null : id, staffName: names.get(id) ?? null, ...c }))
    .sort((a, b) => (a.staffName === null ? -1 : b.staffName === null ? 1 : byName(a.staffName, b.staffName)));
}
