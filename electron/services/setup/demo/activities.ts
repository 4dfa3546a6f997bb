// Activities behind the demo room: weekend activities of the term (some full, with a waiting list and a
// child moved up after a cancellation, attendance taken), two coming up (one full with children
// waiting), and three interest groups meeting weekly with members and attendance for each past session.
import type { SignupStatus } from '../../../../shared/domain';
import { addDays } from '../../room/checkins';
import { auditRow, chunks, closedOn, HISTORY_DAYS, isoWeekday, stampAt, type DemoChild, type Term } from './term';

const WEEKENDS = ['周末手工：做灯笼', '户外写生', '亲子阅读会', '包饺子', '趣味运动会', '观看科普电影', '剪纸课', '植树活动'];
const GROUPS = [
  { title: '书法小组', weekday: 2, from: 3, to: 6, place: '二楼活动室' },
  { title: '合唱团', weekday: 4, from: 1, to: 6, place: '音乐教室' },
  { title: '科学小实验', weekday: 5, from: 4, to: 6, place: '科学室' },
];

type Signup = {
  activity_id: number;
  child_id: number;
  status: SignupStatus;
  via: 'kiosk' | 'staff';
  signed_up_at: string;
  promoted_at: string | null;
  closed_at: string | null;
  staff_id: number | null;
  created_at: string;
  updated_at: string;
};
type Mark = { activity_id: number; child_id: number; date: string; present: number; marked_by_staff_id: number | null; created_at: string; updated_at: string };

export async function seedActivities(term: Term): Promise<number> {
  const { db, rng, tz, today, nowMs, children, teacherIds } = term;
  const teacher = () => (teacherIds.length ? rng.pick(teacherIds) : null);
  const signups: Signup[] = [];
  const marks: Mark[] = [];
  const created = stampAt(addDays(today, -HISTORY_DAYS - 7), 9 * 60, tz);

  async function activity(values: {
    kind: 'weekend' | 'group';
    title: string;
    place: string;
    capacity: number;
    from: number | null;
    to: number | null;
    opens: string;
    closes: string;
    date: string | null;
    weekday: number | null;
    start: string;
    end: string;
    termStart: string | null;
    termEnd: string | null;
  }): Promise<number> {
    const row = await db
      .insertInto('activity')
      .values({
        kind: values.kind,
        title: values.title,
        description: null,
        place: values.place,
        capacity: values.capacity,
        grade_from: values.from,
        grade_to: values.to,
        teacher_staff_id: teacher(),
        signup_opens_at: values.opens,
        signup_closes_at: values.closes,
        date: values.date,
        weekday: values.weekday,
        start_time: values.start,
        end_time: values.end,
        term_start: values.termStart,
        term_end: values.termEnd,
        archived_at: null,
        created_at: created,
        updated_at: created,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** `wanted` children sign up in order over the window; the first `capacity` are in, the rest wait. */
  function signUp(activityId: number, pool: DemoChild[], wanted: number, capacity: number, opensDate: string, span: number, cancelOne: boolean): DemoChild[] {
    const chosen = [...pool];
    // The first `wanted` of a Fisher–Yates shuffle off the seed.
    for (let i = 0; i < Math.min(wanted, chosen.length); i++) {
      const j = rng.int(i, chosen.length - 1);
      [chosen[i], chosen[j]] = [chosen[j]!, chosen[i]!];
    }
    chosen.length = Math.min(wanted, chosen.length);
    const stamps = chosen.map((_, i) => stampAt(addDays(opensDate, Math.floor((i * span) / Math.max(1, wanted))), 16 * 60 + 5 + i, tz)).filter((s) => Date.parse(s) <= nowMs);
    const rows: Signup[] = stamps.map((at, i) => ({
      activity_id: activityId,
      child_id: chosen[i]!.id,
      status: i < capacity ? 'enrolled' : 'waiting',
      via: rng.chance(0.8) ? 'kiosk' : 'staff',
      signed_up_at: at,
      promoted_at: null,
      closed_at: null,
      staff_id: null,
      created_at: at,
      updated_at: at,
    }));
    // The first in changes her mind; the first waiting moves up at once.
    const waiting = rows.find((r) => r.status === 'waiting');
    if (cancelOne && waiting && rows[0]) {
      const at = waiting.signed_up_at;
      rows[0] = { ...rows[0], status: 'cancelled', closed_at: at, updated_at: at };
      Object.assign(waiting, { status: 'enrolled', promoted_at: at, updated_at: at });
    }
    signups.push(...rows);
    return rows.filter((r) => r.status === 'enrolled').map((r) => chosen.find((c) => c.id === r.child_id)!);
  }

  function attend(activityId: number, members: DemoChild[], date: string): void {
    const at = stampAt(date, 18 * 60 + 40, tz);
    if (Date.parse(at) > nowMs) return;
    for (const c of members) marks.push({ activity_id: activityId, child_id: c.id, date, present: rng.chance(0.85) ? 1 : 0, marked_by_staff_id: teacher(), created_at: at, updated_at: at });
  }

  // A weekend activity every other Saturday of the term, and two still to come.
  let n = 0;
  for (let i = -HISTORY_DAYS; i <= 14; i++) {
    const date = addDays(today, i);
    if (isoWeekday(date) !== 6 || closedOn(date) || (i < 0 && Math.floor(-i / 7) % 2 === 1)) continue;
    const coming = date > today;
    const capacity = rng.int(8, 14);
    const opens = addDays(date, -8);
    const id = await activity({
      kind: 'weekend',
      title: WEEKENDS[n++ % WEEKENDS.length]!,
      place: '留守儿童之家',
      capacity,
      from: null,
      to: null,
      opens: stampAt(opens, 8 * 60, tz),
      closes: stampAt(addDays(date, -1), 18 * 60, tz),
      date,
      weekday: null,
      start: '09:00',
      end: '11:00',
      termStart: null,
      termEnd: null,
    });
    // Most are full: a waiting list, and on past ones a cancellation that moved someone up.
    const members = signUp(id, children, capacity + rng.int(coming ? 2 : 0, 4), capacity, opens, 6, !coming && rng.chance(0.6));
    if (!coming) attend(id, members, date);
  }

  // Interest groups: the term's weekly sessions, members by grade.
  const termStart = addDays(today, -HISTORY_DAYS + 7);
  for (const g of GROUPS) {
    const id = await activity({
      kind: 'group',
      title: g.title,
      place: g.place,
      capacity: 15,
      from: g.from,
      to: g.to,
      opens: stampAt(addDays(termStart, -7), 8 * 60, tz),
      closes: stampAt(addDays(termStart, -1), 18 * 60, tz),
      date: null,
      weekday: g.weekday,
      start: '16:30',
      end: '17:30',
      termStart,
      termEnd: addDays(today, 60),
    });
    const members = signUp(
      id,
      children.filter((c) => c.grade >= g.from && c.grade <= g.to),
      15,
      15,
      addDays(termStart, -7),
      5,
      false,
    );
    for (let date = termStart; date <= today; date = addDays(date, 1)) if (isoWeekday(date) === g.weekday && !closedOn(date)) attend(id, members, date);
  }

  for (const batch of chunks(signups, 100)) {
    const rows = await db.insertInto('activity_signup').values(batch).returning(['id', 'child_id', 'signed_up_at']).execute();
    for (const part of chunks(
      rows.map((r) => auditRow('kiosk.signUp', 'activity_signup', r.id, r.signed_up_at, null, { childId: r.child_id })),
      100,
    ))
      await db.insertInto('audit_log').values(part).execute();
  }
  for (const batch of chunks(marks, 100)) await db.insertInto('activity_attendance').values(batch).execute();
  return signups.length;
}
