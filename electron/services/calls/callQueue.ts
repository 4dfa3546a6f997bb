// The home-phone queue: who is on the phone or the video computer, who waits, and in which order the
// teacher dials. Each device takes one call at a time and there is little time after school, so the
// order is one fair rotation over both devices: the child who has gone longest without talking to a
// parent (by phone or video) goes first, whoever booked first; each device takes the first waiting for it.
import { inWindow, parseCallTime } from '../../../shared/callTime';
import type { QueueEntry } from '../../../shared/domain';
import type { Clock, ServiceDeps } from '../deps';
import { isoWeekday } from '../duty/roster';

/** The local date (YYYY-MM-DD, room's time zone) of a stored ISO stamp. */
export function localDateOf(clock: Clock, stamp: string): string {
  return clock.stampOf(new Date(stamp)).slice(0, 10);
}

/** Whole days from one local date to another; both YYYY-MM-DD, so DST and offsets play no part. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Days since a stamp in the room's calendar (yesterday evening is 1 day ago), or null for never. */
export function daysSince(clock: Clock, stamp: string | null): number | null {
  return stamp === null ? null : daysBetween(localDateOf(clock, stamp), clock.today());
}

/**
 * Latest talk per child and per (child, parent): finished, not voided, outcome 'talked'.
 * max() on the text is safe because every stamp carries the room's one offset. One probe of the
 * index call_last_talk per parent on file: grouping every call read years of calls (2 s for 10,000 children).
 */
export async function lastTalks(db: ServiceDeps['db'], childIds: number[]): Promise<{ byChild: Map<number, string>; byParent: Map<number, string> }> {
  const byChild = new Map<number, string>();
  const byParent = new Map<number, string>();
  if (childIds.length === 0) return { byChild, byParent };
  // A call's parent is always one on its child's file (removed ones included: they stay on file).
  const rows = await db
    .selectFrom('child_parent as p')
    .select(['p.child_id', 'p.id as parent_id'])
    .select((eb) =>
      eb
        .selectFrom('call as k')
        .select((k) => k.fn.max('k.ended_at').as('last'))
        .whereRef('k.child_id', '=', 'p.child_id')
        .whereRef('k.parent_id', '=', 'p.id')
        .where('k.outcome', '=', 'talked')
        .where('k.voided_at', 'is', null)
        .as('last'),
    )
    .where('p.child_id', 'in', childIds)
    .execute();
  for (const r of rows) {
    if (r.last === null) continue;
    byParent.set(r.parent_id, r.last);
    const seen = byChild.get(r.child_id);
    if (seen === undefined || Date.parse(r.last) > Date.parse(seen)) byChild.set(r.child_id, r.last);
  }
  return { byChild, byParent };
}

/**
 * Calling first; then the most whole days without a talk (never before everyone), then booking time.
 * Whole days rather than exact times: two children who both talked yesterday are served first come.
 */
export function compareQueue(a: QueueEntry, b: QueueEntry): number {
  if (a.status !== b.status) return a.status === 'calling' ? -1 : 1;
  const da = a.daysSinceAnyTalk ?? Number.POSITIVE_INFINITY;
  const db = b.daysSinceAnyTalk ?? Number.POSITIVE_INFINITY;
  if (da !== db) return db - da;
  return Date.parse(a.bookedAt) - Date.parse(b.bookedAt) || a.bookingId - b.bookingId;
}

/** Every waiting or in-progress booking, in dialling order, positions 1..n. */
export async function loadQueue({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>): Promise<QueueEntry[]> {
  const rows = await db
    .selectFrom('call_booking as b')
    .innerJoin('child as c', 'c.id', 'b.child_id')
    .innerJoin('child_parent as p', 'p.id', 'b.parent_id')
    .leftJoin('call as k', (join) => join.onRef('k.booking_id', '=', 'b.id').on('k.ended_at', 'is', null).on('k.voided_at', 'is', null))
    .select(['b.id', 'b.status', 'b.booked_at', 'b.child_id', 'b.parent_id', 'b.channel'])
    .select(['c.name as child_name', 'c.grade', 'c.class_no'])
    .select(['p.relation', 'p.name as parent_name', 'p.phone', 'p.best_call_time'])
    .leftJoin('visit as v', (join) => join.onRef('v.child_id', '=', 'b.child_id').on('v.checked_out_at', 'is', null).on('v.voided_at', 'is', null))
    .select(['k.id as call_id', 'k.started_at as call_started_at', 'v.id as visit_id'])
    .where('b.status', 'in', ['waiting', 'calling'])
    .execute();
  const talks = await lastTalks(db, [...new Set(rows.map((r) => r.child_id))]);
  const stamp = clock.stamp();
  const [weekday, minute] = [isoWeekday(stamp.slice(0, 10)), Number(stamp.slice(11, 13)) * 60 + Number(stamp.slice(14, 16))];
  const goodNow = (text: string | null) => {
    const windows = parseCallTime(text);
    return windows === null ? null : inWindow(windows, weekday, minute);
  };
  const entries = rows.map((r): QueueEntry => ({
    bookingId: r.id,
    position: 0,
    status: r.status === 'calling' ? 'calling' : 'waiting',
    childId: r.child_id,
    childName: r.child_name,
    grade: r.grade,
    classNo: r.class_no,
    parentId: r.parent_id,
    parentRelation: r.relation,
    parentName: r.parent_name,
    phone: r.phone,
    bookedAt: r.booked_at,
    channel: r.channel,
    nextOnDevice: false,
    daysSinceTalkWithParent: daysSince(clock, talks.byParent.get(r.parent_id) ?? null),
    daysSinceAnyTalk: daysSince(clock, talks.byChild.get(r.child_id) ?? null),
    callId: r.call_id,
    callStartedAt: r.call_started_at,
    inRoom: r.visit_id !== null,
    bestCallTime: r.best_call_time,
    goodTimeNow: goodNow(r.best_call_time),
  }));
  const nextFor = new Set<string>();
  return entries.sort(compareQueue).map((e, i) => {
    const next = e.status === 'waiting' && !nextFor.has(e.channel);
    if (next) nextFor.add(e.channel);
    return { ...e, position: i + 1, nextOnDevice: next };
  });
}
