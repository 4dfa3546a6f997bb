// The district's weekend activities and interest groups, their sign-ups and attendance, after its days
// (districtDays.ts) so sign-ups come after the children they are for.
import type Database from 'better-sqlite3';
import { stampAt, type District, type DistrictChild } from './districtData';

const ACTIVITY_TITLES = ['书法', '剪纸', '篮球', '绘本阅读', '手工', '合唱', '科学小实验', '国画', '足球', '跳绳', '象棋', '舞蹈'];
const GRADE_BANDS: [number | null, number | null][] = [
  [1, 3],
  [4, 6],
  [7, 9],
  [null, null],
];

function activityStatements(db: Database.Database) {
  return {
    activity: db.prepare(
      `insert into activity (kind, title, place, capacity, grade_from, grade_to, teacher_staff_id, signup_opens_at, signup_closes_at,
         date, weekday, start_time, end_time, term_start, term_end, created_at, updated_at) values (?, ?, '活动室', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    signup: db.prepare(
      `insert into activity_signup (activity_id, child_id, status, via, signed_up_at, closed_at, staff_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    mark: db.prepare('insert into activity_attendance (activity_id, child_id, date, present, marked_by_staff_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)'),
  };
}

/** Up to `n` different children on the roll on `day`, in the grade band. */
function pickChildren(d: District, day: number, band: [number | null, number | null], n: number): DistrictChild[] {
  const pool = d.children.filter((c) => c.joined <= day && (c.left === null || c.left > day) && (band[0] === null || (c.grade >= band[0] && c.grade <= (band[1] ?? 9))));
  const chosen = new Set<DistrictChild>();
  while (chosen.size < Math.min(n, pool.length)) chosen.add(d.rng.pick(pool));
  return [...chosen];
}

/**
 * Six weekend activities every Saturday in term (next Saturday's open for sign-up now, half full),
 * and forty interest groups every semester, marked weekly on their day.
 */
export function fillActivities(db: Database.Database, d: District): void {
  const s = activityStatements(db);
  const { calendar: cal, rng } = d;
  const teachers = d.staff.filter((t) => t.left === null).map((t) => t.id);
  for (let day = 7; day <= cal.today + 7; day++) {
    if (!cal.open[day] || cal.weekday[day] !== 6) continue;
    const date = cal.dates[day];
    const opens = stampAt(cal.dates[day - 7], 8 * 60);
    for (let i = 0; i < 6; i++) {
      const band = GRADE_BANDS[i % GRADE_BANDS.length];
      const capacity = rng.int(15, 30);
      const morning = i % 2 === 0;
      const activity = Number(
        s.activity.run(
          'weekend',
          `${rng.pick(ACTIVITY_TITLES)}活动`,
          capacity,
          band[0],
          band[1],
          rng.pick(teachers),
          opens,
          stampAt(cal.dates[day - 1], 18 * 60),
          date,
          null,
          morning ? '09:00' : '14:00',
          morning ? '11:00' : '16:00',
          null,
          null,
          opens,
          opens,
        ).lastInsertRowid,
      );
      const future = day > cal.today;
      const wanted = future ? Math.floor(capacity / 2) : capacity + rng.int(-8, 5);
      pickChildren(d, day - 3, band, wanted).forEach((child, k) => {
        const at = stampAt(cal.dates[future ? cal.today - rng.int(0, 2) : day - rng.int(2, 6)], 12 * 60 + rng.int(0, 200));
        const cancelled = rng.chance(0.08);
        const status = cancelled ? 'cancelled' : k < capacity ? 'enrolled' : 'waiting';
        s.signup.run(activity, child.id, status, rng.chance(0.8) ? 'kiosk' : 'staff', at, cancelled ? at : null, null, at, at);
        if (!future && status === 'enrolled') s.mark.run(activity, child.id, date, rng.chance(0.85) ? 1 : 0, rng.pick(teachers), stampAt(date, 11 * 60), stampAt(date, 11 * 60));
      });
    }
  }
  for (let year = 2021; year <= 2026; year++) {
    for (const [from, to] of [
      [`${year}-09-01`, `${year + 1}-01-15`],
      [`${year}-02-20`, `${year}-07-05`],
    ]) {
      const first = cal.dates.indexOf(from);
      if (first < 0 || first > cal.today) continue;
      const last = Math.min(cal.dates.indexOf(to), cal.today - 1);
      const opens = stampAt(cal.dates[Math.max(0, first - 7)], 8 * 60);
      for (let i = 0; i < 40; i++) {
        const weekday = 1 + (i % 5);
        const band = GRADE_BANDS[i % GRADE_BANDS.length];
        const capacity = rng.int(20, 30);
        const activity = Number(
          s.activity.run(
            'group',
            `${rng.pick(ACTIVITY_TITLES)}兴趣小组`,
            capacity,
            band[0],
            band[1],
            rng.pick(teachers),
            opens,
            stampAt(cal.dates[first + 14], 18 * 60),
            null,
            weekday,
            '16:00',
            '17:00',
            from,
            to,
            opens,
            opens,
          ).lastInsertRowid,
        );
        const members = pickChildren(d, first, band, capacity - rng.int(0, 5));
        for (const child of members) s.signup.run(activity, child.id, 'enrolled', 'kiosk', opens, null, null, opens, opens);
        for (let day = first; day <= last; day++) {
          if (!cal.open[day] || cal.weekday[day] !== weekday) continue;
          const at = stampAt(cal.dates[day], 17 * 60);
          const by = rng.pick(teachers);
          for (const child of members) s.mark.run(activity, child.id, cal.dates[day], rng.chance(0.9) ? 1 : 0, by, at, at);
        }
      }
    }
  }
}
