// The duty roster behind the demo room: two teachers on every opening of the term so far and the next
// two weeks, most past duties signed in and out (a few missed, so the missed-duty lists have rows), some
// with a handover note, and today's duty signed in while the room is open.
import type { Opening } from '../../../../shared/domain';
import { addDays } from '../../room/checkins';
import { auditRow, chunks, closedOn, HISTORY_DAYS, isoWeekday, minutesOf, stampAt, type Term } from './term';

/** How far ahead the roster is made. */
const AHEAD_DAYS = 13;

const NOTES = [
  '小明发烧已通知奶奶接走',
  '图书角《西游记》少了一本，明天再找找',
  '李华今天和同学闹别扭，已经聊过，明天再看看',
  '电话机充电线松了，已换一根',
  '周六手工课的彩纸用完了，需要再买',
  '王小红的奶奶说这周五晚点来接',
  '今天人多，活动室的窗户记得关',
];

export async function seedDuty(term: Term, openings: readonly Opening[]): Promise<number> {
  const { db, rng, tz, today, nowMs, teacherIds } = term;
  if (teacherIds.length === 0) return 0;
  const byWeekday = new Map(openings.map((o) => [o.weekday, o]));
  const at = stampAt(addDays(today, -HISTORY_DAYS - 14), 9 * 60, tz);
  const duties: { date: string; opening_id: number; staff_id: number; source: 'pattern'; created_at: string; updated_at: string }[] = [];
  let turn = 0;
  for (let i = -HISTORY_DAYS; i <= AHEAD_DAYS; i++) {
    const date = addDays(today, i);
    const opening = byWeekday.get(isoWeekday(date));
    if (!opening || closedOn(date)) continue;
    // Two teachers in turn, so every teacher has duties past and to come.
    for (let k = 0; k < Math.min(2, teacherIds.length); k++)
      duties.push({ date, opening_id: opening.id, staff_id: teacherIds[turn++ % teacherIds.length]!, source: 'pattern', created_at: at, updated_at: at });
  }
  const ids: number[] = [];
  for (const batch of chunks(duties, 100)) ids.push(...(await db.insertInto('duty').values(batch).returning('id').execute()).map((r) => r.id));

  const signins: { staff_id: number; duty_id: number; signed_in_at: string; signed_out_at: string | null; handover_note: string | null; created_at: string; updated_at: string }[] = [];
  for (const [i, d] of duties.entries()) {
    const opening = byWeekday.get(isoWeekday(d.date));
    if (!opening || d.date > today) continue;
    const signedIn = stampAt(d.date, minutesOf(opening.startTime) - rng.int(0, 15), tz);
    // A few past duties were missed; today's is kept so the home page shows a teacher on duty.
    if (Date.parse(signedIn) > nowMs || (d.date < today && rng.chance(0.08))) continue;
    const out = stampAt(d.date, minutesOf(opening.endTime) + rng.int(0, 20), tz);
    const done = Date.parse(out) <= nowMs;
    signins.push({
      staff_id: d.staff_id,
      duty_id: ids[i]!,
      signed_in_at: signedIn,
      signed_out_at: done ? out : null,
      handover_note: done && rng.chance(0.3) ? rng.pick(NOTES) : null,
      created_at: signedIn,
      updated_at: done ? out : signedIn,
    });
  }
  for (const batch of chunks(signins, 100)) {
    const rows = await db.insertInto('duty_signin').values(batch).returning(['id', 'staff_id', 'signed_in_at', 'signed_out_at']).execute();
    const audits = rows.flatMap((r) => [
      auditRow('duty.signIn', 'duty_signin', r.id, r.signed_in_at, r.staff_id, {}),
      ...(r.signed_out_at ? [auditRow('duty.signOut', 'duty_signin', r.id, r.signed_out_at, r.staff_id, {})] : []),
    ]);
    for (const part of chunks(audits, 100)) await db.insertInto('audit_log').values(part).execute();
  }
  return signins.length;
}
