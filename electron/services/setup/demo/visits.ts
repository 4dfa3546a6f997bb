// Four months of visits: a quarter of the roll on a school day, more at weekends and on wet days,
// each inside the day's opening hours, checked out the way the room does it (at the kiosk, or by a
// teacher with whom the child left). Forgotten children stopped coming five weeks ago.
import { addDays } from '../../room/checkins';
import { auditRow, chunks, minutesOf, stampAt, type DemoChild, type OpenDay, type Term } from './term';

/** A forgotten child's last visit is this many days before today: well past three open weeks. */
const FORGOTTEN_GAP_DAYS = 36;

function rate(child: DemoChild, day: OpenDay, keen: number): number {
  let p = day.weekend ? 0.42 : 0.24;
  if (day.wet) p *= 1.45;
  // Boarders are in school all week and come on school evenings, rarely at weekends.
  if (child.boarding) p = day.weekend ? 0.05 : 0.3;
  return Math.min(0.95, p * keen);
}

export async function seedVisits(term: Term): Promise<number> {
  const { db, rng, tz, today, nowMs, days, children, teacherIds, forgotten } = term;
  const stopAt = addDays(today, -FORGOTTEN_GAP_DAYS);
  const rows: {
    childId: number;
    date: string;
    inMin: number;
    outMin: number | null;
    staffOut: number | null;
    mode: 'home_alone' | 'guardian' | 'dormitory';
    collected: string | null;
    method: 'kiosk' | 'staff' | 'auto';
  }[] = [];
  for (const child of children) {
    // Some children come nearly every day, some rarely: the charts' spread.
    const keen = rng.weighted([
      [0.5, 3],
      [1, 5],
      [1.6, 2],
    ]);
    const list: { date: string; inMin: number; outMin: number }[] = [];
    for (const day of days) {
      if (!rng.chance(rate(child, day, keen))) continue;
      if (forgotten.has(child.id) && day.date > stopAt) continue;
      const open = minutesOf(day.startTime);
      const close = minutesOf(day.endTime);
      const inMin = open + rng.int(0, Math.min(60, close - open - 30));
      const outMin = Math.min(close, inMin + rng.int(30, day.weekend ? 240 : 140));
      const inAt = Date.parse(stampAt(day.date, inMin, tz));
      if (inAt > nowMs) continue;
      const stillIn = Date.parse(stampAt(day.date, outMin, tz)) > nowMs;
      const mode = child.boarding ? 'dormitory' : child.grade >= 3 && rng.chance(0.7) ? 'home_alone' : 'guardian';
      const byStaff = mode === 'guardian' || rng.chance(0.15);
      // Now and then nobody checked out and the room closed the visit at closing time.
      const auto = !stillIn && rng.chance(0.02);
      rows.push({
        childId: child.id,
        date: day.date,
        inMin,
        outMin: stillIn ? null : auto ? close : outMin,
        staffOut: byStaff && !auto ? rng.pick(teacherIds) : null,
        mode,
        collected: mode === 'guardian' ? child.guardianName : null,
        method: auto ? 'auto' : byStaff ? 'staff' : 'kiosk',
      });
      list.push({ date: day.date, inMin, outMin });
    }
    term.visits.set(child.id, list);
  }

  for (const batch of chunks(rows)) {
    const inserted = await db
      .insertInto('visit')
      .values(
        batch.map((v) => {
          const inAt = stampAt(v.date, v.inMin, tz, rng.int(0, 59));
          const outAt = v.outMin === null ? null : stampAt(v.date, v.outMin, tz);
          return {
            child_id: v.childId,
            checked_in_at: inAt,
            checked_out_at: outAt,
            check_in_staff_id: null,
            check_out_staff_id: outAt === null ? null : v.staffOut,
            checkout_method: outAt === null ? null : v.method,
            leave_mode: outAt === null || v.method === 'auto' ? null : v.mode,
            collected_by: outAt === null || v.method === 'auto' ? null : v.collected,
            voided_at: null,
            void_reason: null,
            leave_request: null,
            leave_request_by: null,
            leave_held_at: null,
            leave_hold_reason: null,
            leave_note: null,
            created_at: inAt,
            updated_at: outAt ?? inAt,
          };
        }),
      )
      .returning(['id', 'child_id', 'checked_in_at'])
      .execute();
    // The kiosk's check-in is what the app audits for every visit.
    await db
      .insertInto('audit_log')
      .values(inserted.map((v) => auditRow('kiosk.checkIn', 'visit', v.id, v.checked_in_at, null, { childId: v.child_id })))
      .execute();
  }
  return rows.length;
}
