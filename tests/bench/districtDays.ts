// The district's days, oldest first, so row ids follow time as they do in a real room: the duty
// roster and sign-ins, visits (about two a week in term time), calls home and bookings, loans and
// reading reviews, and who opened which child's file. The activities are districtActivities.ts's.
import type Database from 'better-sqlite3';
import { titleSortKey } from '../../electron/services/library/books';
import { semesterOf } from '../../electron/services/semester';
import { stampAt, type District, type DistrictChild } from './districtData';

const TITLES = 8_000;
const COPIES = 24_000;
const GRADES = ['优', '良', '中', '待提高'];
const CLOSING = 18 * 60 + 30;

function statements(db: Database.Database) {
  return {
    opening: db.prepare('insert into opening (weekday, start_time, end_time, teachers_needed, created_at, updated_at) values (?, ?, ?, 2, ?, ?)'),
    duty: db.prepare("insert into duty (date, opening_id, staff_id, source, created_at, updated_at) values (?, ?, ?, 'pattern', ?, ?)"),
    signin: db.prepare('insert into duty_signin (staff_id, duty_id, signed_in_at, signed_out_at, handover_note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)'),
    visit: db.prepare(
      `insert into visit (child_id, checked_in_at, checked_out_at, check_in_staff_id, check_out_staff_id, checkout_method, leave_mode,
         collected_by, voided_at, void_reason, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    booking: db.prepare('insert into call_booking (child_id, parent_id, booked_at, booked_by_staff_id, status, closed_at, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)'),
    call: db.prepare(
      `insert into call (child_id, parent_id, booking_id, staff_id, started_at, ended_at, duration_seconds, outcome, note, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    book: db.prepare('insert into book (title, title_sort, author, publisher, isbn, category, grade_from, grade_to, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
    copy: db.prepare("insert into book_copy (book_id, barcode, status, created_at, updated_at) values (?, ?, 'on_shelf', ?, ?)"),
    loan: db.prepare(
      `insert into loan (copy_id, child_id, lent_at, lent_by_staff_id, due_on, returned_at, returned_by_staff_id, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    review: db.prepare(
      `insert into review (child_id, book_id, text, written_via, written_by_staff_id, written_at, semester, grade, graded_by_staff_id, graded_at, created_at, updated_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    access: db.prepare('insert into access_log (staff_id, role, child_id, what, created_at, updated_at) values (?, ?, ?, ?, ?, ?)'),
  };
}

type Statements = ReturnType<typeof statements>;

interface Library {
  copies: { id: number; book: number }[];
  /** Day index from which each copy is on the shelf again (Infinity: on loan now, or lost). */
  free: number[];
  lost: Set<number>;
  /** Reviews to write on the day the book comes back: day → [child, book]. */
  reviews: Map<number, [number, number][]>;
}

function fillCatalogue(s: Statements, d: District): Library {
  const { rng } = d;
  const created = stampAt(d.calendar.dates[0], 9 * 60);
  const books: number[] = [];
  for (let i = 0; i < TITLES; i++) {
    const from = rng.int(1, 9);
    const isbn = rng.chance(0.8) ? `978${String(7_000_000_000 + i * 7919).slice(0, 10)}` : null;
    const title = `图书${i + 1}`;
    books.push(
      Number(
        s.book.run(title, titleSortKey(title), `作者${i % 900}`, '少年儿童出版社', isbn, rng.pick(['童话', '科普', '历史', '诗歌', '小说']), from, Math.min(9, from + 2), created, created)
          .lastInsertRowid,
      ),
    );
  }
  const copies: Library['copies'] = [];
  for (let j = 0; j < COPIES; j++) {
    const book = books[j < TITLES ? j : rng.int(0, TITLES - 1)];
    copies.push({ id: Number(s.copy.run(book, `B${String(j + 1).padStart(5, '0')}`, created, created).lastInsertRowid), book });
  }
  return { copies, free: copies.map(() => 0), lost: new Set(), reviews: new Map() };
}

/** Two teachers per opening on every open day to the end of term; signed in on the days gone by. */
function rosterDay(s: Statements, d: District, day: number, openings: number[], created: string): number[] {
  const { calendar: cal, rng } = d;
  const date = cal.dates[day];
  const wd = cal.weekday[day];
  const available = d.staff.filter((t) => t.left === null || t.left > day);
  const first = rng.pick(available);
  let second = rng.pick(available);
  while (second === first) second = rng.pick(available);
  const start = wd === 6 ? 9 * 60 : 15 * 60 + 30;
  const end = wd === 6 ? 12 * 60 : CLOSING;
  for (const teacher of [first, second]) {
    const duty = Number(s.duty.run(date, openings[wd - 1], teacher.id, created, created).lastInsertRowid);
    if (day > cal.today || !rng.chance(0.9)) continue;
    const inAt = stampAt(date, start + rng.int(-5, 10));
    const outAt = day === cal.today ? null : stampAt(date, end + rng.int(-10, 10));
    s.signin.run(teacher.id, duty, inAt, outAt, outAt && rng.chance(0.3) ? '今天有两个孩子的作业没完成，明天请督促。' : null, inAt, outAt ?? inAt);
  }
  return [first.id, second.id];
}

function visitOf(s: Statements, d: District, child: DistrictChild, day: number, duty: number[]): void {
  const { calendar: cal, rng } = d;
  const date = cal.dates[day];
  const saturday = cal.weekday[day] === 6;
  const inMin = day === cal.today ? 15 * 60 + 30 + rng.int(0, 28) : (saturday ? 9 * 60 : 15 * 60 + 30) + rng.int(0, 60);
  const inAt = stampAt(date, inMin);
  const staffIn = rng.chance(0.15) ? rng.pick(duty) : null;
  if (day === cal.today) {
    // At 16:00 today most of the children who came are still in the room.
    const out = rng.chance(0.3) ? stampAt(date, Math.min(15 * 60 + 59, inMin + rng.int(1, 20))) : null;
    s.visit.run(child.id, inAt, out, staffIn, null, out ? 'kiosk' : null, null, null, null, null, inAt, out ?? inAt);
    return;
  }
  const method = rng.weighted([
    ['kiosk', 7],
    ['staff', 2],
    ['auto', 1],
  ] as const);
  const outMin = method === 'auto' ? CLOSING : Math.min(saturday ? 12 * 60 : CLOSING, inMin + rng.int(45, 150));
  const outAt = stampAt(date, outMin);
  const leave =
    method === 'staff'
      ? rng.weighted([
          ['guardian', 2],
          ['home_alone', 2],
          ['dormitory', 1],
        ] as const)
      : null;
  const voided = rng.chance(0.003) ? outAt : null;
  s.visit.run(child.id, inAt, outAt, staffIn, method === 'staff' ? rng.pick(duty) : null, method, leave, leave === 'guardian' ? '奶奶' : null, voided, voided ? '点错了名字' : null, inAt, outAt);
}

function callOf(s: Statements, d: District, child: DistrictChild, day: number, duty: number[]): void {
  const { calendar: cal, rng } = d;
  const date = cal.dates[day];
  const parent = rng.pick(child.parents);
  const start = 16 * 60 + rng.int(0, 140);
  const outcome = rng.weighted([
    ['talked', 75],
    ['no_answer', 15],
    ['busy', 7],
    ['wrong_number', 3],
  ] as const);
  const seconds = outcome === 'talked' ? rng.int(60, 600) : rng.int(0, 30);
  const startedAt = stampAt(date, start);
  const endedAt = stampAt(date, start + Math.ceil(seconds / 60));
  let booking: number | null = null;
  if (rng.chance(0.7)) {
    const bookedAt = stampAt(date, start - rng.int(5, 60));
    booking = Number(s.booking.run(child.id, parent, bookedAt, null, 'done', endedAt, bookedAt, endedAt).lastInsertRowid);
  }
  s.call.run(child.id, parent, booking, rng.pick(duty), startedAt, endedAt, seconds, outcome, rng.chance(0.1) ? '说了学习情况' : null, booking ? startedAt : endedAt, endedAt);
}

function loanOf(s: Statements, d: District, lib: Library, child: DistrictChild, day: number, duty: number[], loanFree: Map<number, number>): void {
  const { calendar: cal, rng } = d;
  let copy = -1;
  for (let tries = 0; tries < 4 && copy < 0; tries++) {
    const c = rng.int(0, COPIES - 1);
    if (lib.free[c] <= day) copy = c;
  }
  if (copy < 0) return;
  const date = cal.dates[day];
  const lentAt = stampAt(date, 16 * 60 + rng.int(0, 120));
  const kind = rng.weighted([
    ['on_time', 70],
    ['late', 25],
    ['forgot', 5],
  ] as const);
  let back = day + (kind === 'on_time' ? rng.int(3, 14) : kind === 'late' ? rng.int(15, 25) : day > cal.today - 60 ? Infinity : rng.int(26, 60));
  if (child.left !== null) back = Math.max(day + 1, Math.min(back, child.left - 1));
  // Books come back between 16:00 and 18:00: none yet today.
  const returned = back < cal.today ? back : null;
  const lost = returned !== null && rng.chance(0.002);
  const returnedAt = returned === null ? null : stampAt(cal.dates[returned], 16 * 60 + rng.int(0, 120));
  s.loan.run(lib.copies[copy].id, child.id, lentAt, rng.pick(duty), cal.dates[day + 14], returnedAt, returnedAt ? rng.pick(duty) : null, lentAt, returnedAt ?? lentAt);
  lib.free[copy] = returned === null || lost ? Infinity : returned + 1;
  if (lost) lib.lost.add(copy);
  loanFree.set(child.id, returned === null ? Infinity : returned);
  if (returned !== null && rng.chance(0.15)) {
    const list = lib.reviews.get(returned) ?? [];
    list.push([child.id, lib.copies[copy].book]);
    lib.reviews.set(returned, list);
  }
}

function reviewsOf(s: Statements, d: District, lib: Library, day: number, duty: number[]): void {
  const { calendar: cal, rng } = d;
  for (const [child, book] of lib.reviews.get(day) ?? []) {
    const at = stampAt(cal.dates[day], 17 * 60 + rng.int(0, 60));
    const kiosk = rng.chance(0.6);
    const graded = day < cal.today - 14 && rng.chance(0.7);
    const gradedAt = graded ? stampAt(cal.dates[day + 7], 10 * 60) : null;
    s.review.run(
      child,
      book,
      '这本书讲了一个勇敢的孩子，我很喜欢。',
      kiosk ? 'kiosk' : 'staff',
      kiosk ? null : rng.pick(duty),
      at,
      semesterOf(cal.dates[day]),
      graded ? rng.pick(GRADES) : null,
      graded ? rng.pick(duty) : null,
      gradedAt,
      at,
      gradedAt ?? at,
    );
  }
  lib.reviews.delete(day);
}

function accessOf(s: Statements, d: District, day: number, onRoll: DistrictChild[]): void {
  const { calendar: cal, rng } = d;
  const staff = d.staff.filter((t) => t.left === null || t.left > day);
  for (let i = 0; i < 100; i++) {
    const who = rng.pick(staff);
    const at = stampAt(cal.dates[day], 8 * 60 + rng.int(0, day === cal.today ? 7 * 60 : 10 * 60));
    const what = rng.weighted([
      ['file', 60],
      ['care', 25],
      ['growth_file', 13],
      ['data_export', 2],
    ] as const);
    s.access.run(who.id, who.id === d.staff[0].id ? 'admin' : 'teacher', rng.pick(onRoll).id, what, at, at);
  }
}

/** Today's queue: children in the room waiting for the phone, and one on it. */
function queueToday(s: Statements, d: District, present: DistrictChild[], duty: number[]): void {
  const date = d.calendar.dates[d.calendar.today];
  present.slice(0, 16).forEach((child, i) => {
    const at = stampAt(date, 15 * 60 + 40 + i);
    const calling = i === 0;
    const booking = Number(s.booking.run(child.id, child.parents[0], at, null, calling ? 'calling' : 'waiting', null, at, at).lastInsertRowid);
    if (calling) s.call.run(child.id, child.parents[0], booking, duty[0], stampAt(date, 15 * 60 + 58), null, null, null, null, at, at);
  });
}

export function fillDays(db: Database.Database, d: District): void {
  const s = statements(db);
  const { calendar: cal, rng } = d;
  const created = stampAt(cal.dates[0], 8 * 60);
  const openings = [1, 2, 3, 4, 5, 6].map((wd) => Number(s.opening.run(wd, wd === 6 ? '09:00' : '15:30', wd === 6 ? '12:00' : '18:30', created, created).lastInsertRowid));
  const lib = fillCatalogue(s, d);
  const loanFree = new Map<number, number>();
  for (let day = 0; day < cal.dates.length; day++) {
    if (!cal.open[day]) continue;
    const duty = rosterDay(s, d, day, openings, created);
    if (day > cal.today) continue;
    const saturday = cal.weekday[day] === 6;
    const onRoll = d.children.filter((c) => c.joined <= day && (c.left === null || c.left > day));
    reviewsOf(s, d, lib, day, duty);
    const present: DistrictChild[] = [];
    for (const child of onRoll) {
      if (rng.chance(saturday ? 0.1 : 0.4)) {
        visitOf(s, d, child, day, duty);
        present.push(child);
      }
      if (saturday || day === cal.today) continue;
      if (rng.chance(0.12)) callOf(s, d, child, day, duty);
      else if (rng.chance(0.01)) {
        const at = stampAt(cal.dates[day], 16 * 60 + rng.int(0, 60));
        s.booking.run(child.id, child.parents[0], at, null, 'cancelled', at, at, at);
      }
      if ((loanFree.get(child.id) ?? 0) < day && rng.chance(0.1)) loanOf(s, d, lib, child, day, duty, loanFree);
    }
    accessOf(s, d, day, onRoll);
    if (day === cal.today) queueToday(s, d, present, duty);
  }
  const at = stampAt(cal.dates[cal.today], 15 * 60);
  const status = db.prepare('update book_copy set status = ?, status_reason = ?, updated_at = ? where id = ?');
  lib.copies.forEach((copy, i) => {
    if (lib.lost.has(i)) status.run('lost', '借阅时丢失', at, copy.id);
    else if (lib.free[i] === Infinity) status.run('on_loan', null, at, copy.id);
  });
}
