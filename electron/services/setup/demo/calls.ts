// Calls home: a child books at the kiosk during a visit, a teacher places the call a few minutes
// later and writes down how it went, and the booking is closed. Most calls reach a parent; some ring
// out. Forgotten children have had no call for well over a month.
import type { CallOutcome } from '../../../../shared/domain';
import { addDays } from '../../room/checkins';
import { auditRow, chunks, stampAt, type Term } from './term';

const NOTES = ['说了这周考试的情况', '妈妈让她按时吃饭', '爸爸答应过年回来', '聊了在学校交的新朋友', '提醒他天冷加衣服', null, null, null];

export async function seedCalls(term: Term): Promise<number> {
  const { db, rng, tz, today, children, teacherIds, forgotten } = term;
  const quietFrom = addDays(today, -40);
  let count = 0;
  for (const batch of chunks(children, 60)) {
    const plans: { childId: number; parentId: number; date: string; minute: number; outcome: CallOutcome; staffId: number; seconds: number; note: string | null }[] = [];
    for (const child of batch) {
      if (child.parents.length === 0) continue;
      let gap = rng.int(0, 12);
      for (const v of term.visits.get(child.id) ?? []) {
        if (--gap > 0) continue;
        if (forgotten.has(child.id) && v.date >= quietFrom) break;
        // Booked soon after arriving; leaves room for the call before she goes.
        if (v.outMin - v.inMin < 25) continue;
        if (Date.parse(stampAt(v.date, v.inMin + 20, tz)) > term.nowMs) break;
        const outcome = rng.weighted<CallOutcome>([
          ['talked', 72],
          ['no_answer', 18],
          ['busy', 8],
          ['wrong_number', 2],
        ]);
        plans.push({
          childId: child.id,
          parentId: rng.pick(child.parents).id,
          date: v.date,
          minute: v.inMin + rng.int(2, 10),
          outcome,
          staffId: rng.pick(teacherIds),
          seconds: outcome === 'talked' ? rng.int(90, 600) : rng.int(20, 50),
          note: outcome === 'talked' ? rng.pick(NOTES) : null,
        });
        gap = rng.int(3, 9);
      }
    }
    if (plans.length === 0) continue;
    const bookings = await db
      .insertInto('call_booking')
      .values(
        plans.map((p) => {
          const booked = stampAt(p.date, p.minute, tz);
          const closed = stampAt(p.date, p.minute + 5, tz, p.seconds % 60);
          return { child_id: p.childId, parent_id: p.parentId, booked_at: booked, booked_by_staff_id: null, status: 'done' as const, closed_at: closed, created_at: booked, updated_at: closed };
        }),
      )
      .returning('id')
      .execute();
    const calls = await db
      .insertInto('call')
      .values(
        plans.map((p, i) => {
          const started = stampAt(p.date, p.minute + 1, tz);
          const endedAt = stampAt(p.date, p.minute + 1 + Math.floor(p.seconds / 60), tz, p.seconds % 60);
          return {
            child_id: p.childId,
            parent_id: p.parentId,
            booking_id: bookings[i]!.id, // one booking per plan, in order
            staff_id: p.staffId,
            started_at: started,
            ended_at: endedAt,
            duration_seconds: p.seconds,
            outcome: p.outcome,
            note: p.note,
            voided_at: null,
            void_reason: null,
            created_at: started,
            updated_at: endedAt,
          };
        }),
      )
      .returning(['id', 'ended_at', 'staff_id', 'outcome', 'duration_seconds'])
      .execute();
    await db
      .insertInto('audit_log')
      .values(calls.map((c) => auditRow('calls.finish', 'call', c.id, c.ended_at ?? '', c.staff_id, { outcome: c.outcome, durationSeconds: c.duration_seconds })))
      .execute();
    count += calls.length;
  }
  await waitingNow(term);
  return count;
}

/** A few children in the room right now have booked a call and wait in the queue. */
async function waitingNow(term: Term): Promise<void> {
  const { db, tz, today, nowMs, children, rng } = term;
  let n = 0;
  for (const child of children) {
    const v = term.visits.get(child.id)?.at(-1);
    if (n >= 3 || !v || v.date !== today || child.parents.length === 0) continue;
    const bookedAt = stampAt(today, v.inMin + 1, tz);
    if (Date.parse(bookedAt) > nowMs || Date.parse(stampAt(today, v.outMin, tz)) <= nowMs) continue;
    const row = await db
      .insertInto('call_booking')
      .values({
        child_id: child.id,
        parent_id: rng.pick(child.parents).id,
        booked_at: bookedAt,
        booked_by_staff_id: null,
        status: 'waiting',
        closed_at: null,
        created_at: bookedAt,
        updated_at: bookedAt,
      })
      .returning(['id', 'child_id', 'parent_id'])
      .executeTakeFirstOrThrow();
    await db
      .insertInto('audit_log')
      .values(auditRow('calls.book', 'call_booking', row.id, bookedAt, null, { childId: row.child_id, parentId: row.parent_id }))
      .execute();
    n += 1;
  }
}
