// The district's care records (kept by each child's surrogate parent, most months but not all) with
// their follow-ups, and the audit log every write of the five years would have left.
import type Database from 'better-sqlite3';
import { stampAt, type District, type DistrictChild } from './districtData';

type Kind = 'talk' | 'contact' | 'home_visit' | 'letter' | 'growth' | 'counselling';

/** How likely each kind is in a month for a child on the roll (visits and letters are once a semester). */
const MONTHLY: [Kind, number][] = [
  ['talk', 0.7],
  ['contact', 0.45],
  ['home_visit', 0.5 / 6],
  ['letter', 0.35 / 6],
  ['growth', 0.3 / 6],
  ['counselling', 0.02 / 6],
];

function statements(db: Database.Database) {
  return {
    record: db.prepare(
      `insert into care_record (child_id, kind, date, staff_id, contact_with, contact_mode, met_with, growth_area, letter_to, letter_sent_on,
         text, voided_at, void_reason, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    followUp: db.prepare(
      `insert into care_follow_up (child_id, record_id, reason, note, due_on, raised_by_staff_id, done_at, done_by_staff_id, done_note, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

/** Month spans as day indexes [first, last], up to today. */
function months(d: District): [number, number][] {
  const { dates, today } = d.calendar;
  const spans: [number, number][] = [];
  let first = 0;
  for (let i = 1; i <= today + 1; i++) {
    if (i === today + 1 || dates[i].slice(0, 7) !== dates[first].slice(0, 7)) {
      spans.push([first, i - 1]);
      first = i;
    }
  }
  return spans;
}

function recordOf(s: ReturnType<typeof statements>, d: District, child: DistrictChild, kind: Kind, day: number, staffId: number): void {
  const { calendar: cal, rng } = d;
  const date = cal.dates[day];
  const at = stampAt(date, 17 * 60 + rng.int(0, 90));
  const voided = rng.chance(0.01) ? at : null;
  const letter = kind === 'letter';
  const id = Number(
    s.record.run(
      child.id,
      kind,
      date,
      staffId,
      kind === 'contact'
        ? rng.weighted([
            ['father', 8],
            ['mother', 6],
            ['guardian', 5],
            ['other', 1],
          ] as const)
        : null,
      kind === 'contact'
        ? rng.weighted([
            ['phone', 12],
            ['video', 5],
            ['in_person', 2],
            ['message', 1],
          ] as const)
        : null,
      kind === 'home_visit' ? '奶奶' : null,
      kind === 'growth' ? rng.pick(['study', 'behaviour', 'emotions', 'health', 'achievements']) : null,
      letter ? '爸爸' : null,
      letter && day + 3 < cal.today ? cal.dates[day + 3] : null,
      letter ? null : '和孩子聊了学习和生活，情绪稳定，作业按时完成。',
      voided,
      voided ? '记错了孩子' : null,
      at,
      at,
    ).lastInsertRowid,
  );
  if (voided || !rng.chance(0.06)) return;
  const due = Math.min(cal.dates.length - 1, day + rng.int(7, 30));
  const done = due < cal.today - 3 && rng.chance(0.95);
  const doneAt = done ? stampAt(cal.dates[due], 17 * 60) : null;
  s.followUp.run(child.id, id, 'record', '一周后再谈一次', cal.dates[due], staffId, doneAt, done ? staffId : null, done ? '已谈，情况好转' : null, at, doneAt ?? at);
}

export function fillCare(db: Database.Database, d: District): void {
  const s = statements(db);
  const { rng } = d;
  const left = new Map(d.staff.map((t) => [t.id, t.left]));
  for (const [first, last] of months(d)) {
    const teachers = d.staff.filter((t) => t.left === null || t.left > last).map((t) => t.id);
    for (const child of d.children) {
      const lo = Math.max(first, child.joined);
      const hi = Math.min(last, (child.left ?? last + 1) - 1);
      if (lo > hi) continue;
      const surrogate = child.surrogate !== null && (left.get(child.surrogate) ?? null) === null ? child.surrogate : null;
      for (const [kind, p] of MONTHLY) {
        if (rng.chance(p)) recordOf(s, d, child, kind, rng.int(lo, hi), surrogate ?? rng.pick(teachers));
      }
      if (rng.chance(0.004)) {
        const at = stampAt(d.calendar.dates[hi], 18 * 60);
        s.followUp.run(child.id, null, 'parent_unreached', '连续多次未联系上父母', d.calendar.dates[Math.min(hi + 7, d.calendar.dates.length - 1)], null, null, null, null, at, at);
      }
    }
  }
}

/** One INSERT … SELECT per kind of write: what audit.record would have appended, at the time it happened. */
const AUDIT = [
  `select 1, 'admin', 'children.create', 'child', id, json_object('name', name), created_at from child`,
  `select 1, 'admin', 'children.archive', 'child', id, json_object('reason', archive_reason), archived_at from child where archived_at is not null`,
  `select check_in_staff_id, iif(check_in_staff_id is null, 'kiosk', 'teacher'), iif(check_in_staff_id is null, 'kiosk.checkIn', 'checkins.checkIn'),
     'visit', id, json_object('childId', child_id), checked_in_at from visit`,
  `select check_out_staff_id, case checkout_method when 'kiosk' then 'kiosk' when 'staff' then 'teacher' else 'system' end,
     case checkout_method when 'kiosk' then 'kiosk.checkOut' when 'staff' then 'checkins.checkOut' else 'checkins.autoCheckOut' end, 'visit', id,
     json_object('childId', child_id, 'method', checkout_method, 'leaveMode', leave_mode, 'checkedOutAt', checked_out_at), checked_out_at
   from visit where checked_out_at is not null`,
  `select booked_by_staff_id, 'kiosk', 'calls.book', 'call_booking', id, json_object('childId', child_id, 'parentId', parent_id), booked_at from call_booking`,
  `select staff_id, 'teacher', 'calls.start', 'call', id, json_object('bookingId', booking_id, 'childId', child_id), started_at from call where booking_id is not null`,
  `select staff_id, 'teacher', iif(booking_id is null, 'calls.log', 'calls.finish'), 'call', id,
     json_object('outcome', outcome, 'durationSeconds', duration_seconds), ended_at from call where ended_at is not null`,
  `select lent_by_staff_id, 'teacher', 'loans.lend', 'loan', id, json_object('copyId', copy_id, 'childId', child_id, 'dueOn', due_on), lent_at from loan`,
  `select returned_by_staff_id, 'teacher', 'loans.return', 'loan', id, json_object('copyId', copy_id, 'childId', child_id), returned_at
   from loan where returned_at is not null`,
  `select written_by_staff_id, iif(written_via = 'kiosk', 'kiosk', 'teacher'), iif(written_via = 'kiosk', 'kiosk.writeReview', 'reviews.create'), 'review', id,
     json_object('childId', child_id, 'bookId', book_id), written_at from review`,
  `select staff_id, iif(via = 'kiosk', 'kiosk', 'teacher'), 'activities.signUp', 'activity_signup', id,
     json_object('activityId', activity_id, 'childId', child_id, 'status', status, 'via', via), signed_up_at from activity_signup`,
  `select marked_by_staff_id, 'teacher', 'activities.markAttendance', 'activity_attendance', id,
     json_object('activityId', activity_id, 'childId', child_id, 'present', present), created_at from activity_attendance`,
  `select staff_id, 'teacher', 'care.create', 'care_record', id, json_object('childId', child_id, 'kind', kind), created_at from care_record`,
  `select done_by_staff_id, 'teacher', 'care.completeFollowUp', 'care_follow_up', id, null, done_at from care_follow_up where done_at is not null`,
  `select staff_id, 'teacher', 'duty.signIn', 'duty_signin', id, null, signed_in_at from duty_signin`,
  `select staff_id, 'teacher', 'duty.signOut', 'duty_signin', id, null, signed_out_at from duty_signin where signed_out_at is not null`,
];

export function fillAudit(db: Database.Database): void {
  for (const select of AUDIT) {
    db.exec(
      `insert into audit_log (actor_staff_id, actor_role, action, table_name, row_id, details, created_at, updated_at)
       with x(staff, role, action, tbl, row, details, at) as (${select})
       select staff, role, action, tbl, row, details, at, at from x`,
    );
  }
}
