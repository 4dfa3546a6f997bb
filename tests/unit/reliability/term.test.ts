// A term of real days as a model-based test (issue 13, point 9): fast-check draws a term (children
// arriving, some after closing or on a Saturday, booking and cancelling calls, checking out or staying
// to closing; teachers correcting visits, writing counselling, mistyping PINs; the PC off for days; its
// clock years back for a day and a year ahead for another) and plays it through the real dispatch on
// the injected clock, running the app's scheduled tasks every hour and each minute around closing and
// the Monday export. After every day it checks the invariants in termChecks.ts. FUZZ_SEED repeats a
// run; FUZZ_RUNS sets how many terms; TERM_WEEKS how long each is.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyName } from '../../../electron/services/backups/files';
import { localTime } from '../../../electron/services/exports/format';
import { weekOf } from '../../../electron/services/exports/week';
import { kioskSession, type Session } from '../../../electron/session';
import { toStamp } from '../../../shared/time';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';
import { checkBackups, checkBookings, checkBundles, checkNoCounselling, checkVisits } from './termChecks';
import { addDays, CHILDREN, CLOSING, EXPORT_AT, isMonday, localIso, pcTime, TERM_START, termArbitrary, tickMinutes, type Arrival, type ClockError, type DayPlan, type Term } from './termModel';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);
const WEEKS = Number(process.env.TERM_WEEKS ?? 20);
/** What the kiosk answered under a wrong clock, printed at the end. */
const wrongClockAnswers = new Set<string>();
const MARKER = 'COUNSELMARK';
const TEACHER_PIN = '2468';

interface Room {
  t: TestApp;
  teacher: Session;
  teacherId: number;
  counsellor: Session;
  children: { id: number; parentId: number }[];
  usb: string;
}

interface Tally {
  days: number;
  events: number;
  visits: number;
  bundles: number;
}

async function openRoom(): Promise<Room> {
  const t = await createTestApp({ clock: testClock(localIso(TERM_START, 7 * 60)) });
  const usb = path.join(t.dir, 'usb');
  fs.mkdirSync(usb);
  await t.ok(t.admin, 'settings.update', { exportFolder: usb });
  const names = ['李小红', '王小刚', '张小明', '赵小燕'];
  const children = [];
  for (let i = 0; i < CHILDREN; i++) {
    const c = await t.ok(t.admin, 'children.create', childInput({ name: names[i], studentNo: `S${i}` }));
    children.push({ id: c.id, parentId: c.parents[0].id });
  }
  const teacher = await t.signIn('teacher', '周老师');
  const counsellor = await t.signIn('teacher', '刘老师');
  await t.app.db
    .updateTable('staff')
    .set({ counsellor: 1 })
    .where('id', '=', counsellor.staffId ?? 0)
    .execute();
  return { t, teacher, teacherId: teacher.staffId ?? 0, counsellor, children, usb };
}

type Action = () => Promise<void>;

/** One child's afternoon at the kiosk; `inRoom` is the model's own record of who came in today. */
function childActions(room: Room, date: string, child: number, a: Arrival, inRoom: Set<number>): [number, Action][] {
  const { t } = room;
  const { id, parentId } = room.children[child];
  const arrive = 14 * 60 + a.at;
  const actions: [number, Action][] = [
    [
      arrive,
      async () => {
        const r = await t.call(t.kiosk, 'kiosk.checkIn', { childId: id });
        if (arrive >= CLOSING) {
          expect(r.ok, `the kiosk let a child in after closing on ${date}`).toBe(false);
          if (!a.byHand) return;
          await t.ok(room.teacher, 'checkins.checkIn', { childId: id });
        } else if (!r.ok) throw new Error(`kiosk.checkIn at ${localIso(date, arrive)}: ${JSON.stringify(r.error)}`);
        inRoom.add(id);
      },
    ],
  ];
  // From closing time on, any command first checks out who came before closing: she is gone.
  const here = (minute: number) => inRoom.has(id) && (arrive >= CLOSING || minute < CLOSING);
  if (a.book) {
    actions.push([
      arrive + 2,
      async () => {
        if (here(arrive + 2)) await t.ok(t.kiosk, 'kiosk.bookCall', { childId: id, parentId });
      },
    ]);
  }
  if (a.book && a.cancel) actions.push([arrive + 4, async () => void (await t.call(t.kiosk, 'kiosk.cancelBooking', { childId: id }))]);
  const leave = a.stays === null ? null : arrive + a.stays;
  if (leave !== null) {
    actions.push([
      leave,
      async () => {
        if (here(leave)) await t.ok(t.kiosk, 'kiosk.checkOut', { childId: id });
        inRoom.delete(id);
      },
    ]);
  }
  return actions;
}

/** A teacher corrects the check-in time of an earlier visit (ten minutes earlier), or voids it. */
async function correct(room: Room, pick: number, voidIt: boolean): Promise<void> {
  // Not one stamped under a clock a year ahead: the app refuses to move a visit to a time that is still
  // in the future (date_future); a teacher can only void that one.
  const now = toStamp(room.t.clock.now(), 'Asia/Shanghai');
  const closed = await room.t.app.db
    .selectFrom('visit')
    .select(['id', 'checked_in_at'])
    .where('voided_at', 'is', null)
    .where('checked_out_at', 'is not', null)
    .where('checked_in_at', '<', now)
    .orderBy('id')
    .execute();
  if (closed.length === 0) return;
  const v = closed[pick % closed.length];
  const earlier = toStamp(new Date(Date.parse(v.checked_in_at) - 10 * 60_000), 'Asia/Shanghai');
  await room.t.ok(room.teacher, 'checkins.correct', voidIt ? { visitId: v.id, void: true, reason: '点错了名字' } : { visitId: v.id, checkedInAt: earlier, reason: '补记到达时间' });
}

/** A counsellor's talk with a follow-up, completed with a note; a plain teacher then reads every care answer. */
async function counselling(room: Room, date: string): Promise<void> {
  const { t, counsellor, teacher } = room;
  const childId = room.children[0].id;
  const text = `${MARKER}谈话-${date}`;
  const record = await t.ok(counsellor, 'care.create', { kind: 'counselling', childId, date, text, followUp: { note: `${MARKER}跟进-${date}`, dueOn: date } });
  const follow = (await t.ok(counsellor, 'care.followUps', { scope: 'all', includeDone: false })).find((f) => f.recordId === record.id);
  if (!follow) throw new Error(`no follow-up for counselling record ${record.id}`);
  await t.ok(counsellor, 'care.completeFollowUp', { id: follow.id, note: `${MARKER}完成-${date}` });
  for (const c of room.children) {
    checkNoCounselling('care.records', await t.ok(teacher, 'care.records', { childId: c.id }), MARKER);
    checkNoCounselling('care.growthFile', await t.ok(teacher, 'care.growthFile', { childId: c.id }), MARKER);
  }
  checkNoCounselling('care.followUps', await t.ok(teacher, 'care.followUps', { scope: 'all', includeDone: true }), MARKER);
  checkNoCounselling('care.dueList', await t.ok(teacher, 'care.dueList', { scope: 'mine' }), MARKER);
  checkNoCounselling('care.dueList', await t.ok(teacher, 'care.dueList', { scope: 'staff', staffId: counsellor.staffId ?? null }), MARKER);
}

async function wrongPins(room: Room): Promise<void> {
  for (let i = 0; i < 5; i++) await room.t.ok(kioskSession(room.t.clock.now().getTime()), 'auth.unlock', { staffId: room.teacherId, pin: '0000' });
}

/** The day's actions (none while the clock is wrong but the PINs), by minute. */
function dayActions(room: Room, date: string, plan: DayPlan, error: ClockError, inRoom: Set<number>): [number, Action][] {
  const actions: [number, Action][] = [];
  // On a wrong-clock day the teacher always locks herself out: the lock must not outlast the correction.
  if (plan.wrongPins || error !== 'right') actions.push([12 * 60, () => wrongPins(room)]);
  if (error !== 'right') {
    // A child still taps her name under the wrong clock: whatever the app answers, no crash, and the day's
    // invariants hold once the clock is right again.
    const childId = room.children[0].id;
    for (const [minute, method] of [
      [15 * 60, 'kiosk.checkIn'],
      [16 * 60, 'kiosk.checkOut'],
    ] as const) {
      actions.push([
        minute,
        async () => {
          const r = await room.t.call(room.t.kiosk, method, { childId });
          if (!r.ok && r.error.code === 'internal') throw new Error(`${method} under a clock ${error}: internal`);
          wrongClockAnswers.add(`${method} ${error}: ${r.ok ? 'ok' : `${r.error.code} ${JSON.stringify(r.error.details ?? {})}`}`);
        },
      ]);
    }
    return actions;
  }
  plan.arrivals.forEach((a, child) => a && actions.push(...childActions(room, date, child, a, inRoom)));
  if (plan.counselling) actions.push([16 * 60, () => counselling(room, date)]);
  const fix = plan.correction;
  if (fix) actions.push([20 * 60, () => correct(room, fix.pick, fix.void)]);
  return actions;
}

class TermRun {
  /** The daily backup of each day the PC could write one (a clock behind writes none). */
  readonly dailies: string[] = [];
  /** The last day played had a wrong clock. */
  afterWrong = false;
  /** The Monday whose export the bundles were last checked after. */
  checkedMonday = '';
  constructor(
    readonly room: Room,
    readonly tally: Tally,
  ) {}

  async tick(date: string, minute: number, error: ClockError): Promise<void> {
    await this.room.t.app.runScheduledTasks();
    const monday = isMonday(date) ? date : addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
    const exportTime = localIso(monday, EXPORT_AT);
    if (error !== 'right' || Date.parse(localIso(date, minute)) < Date.parse(exportTime) || this.checkedMonday === monday) return;
    this.checkedMonday = monday;
    // Right after the first right-clock tick past a Monday's export time: every finished week is out.
    const weeks = new Map<string, string>();
    for (let m = TERM_START; m < monday; m = addDays(m, 7)) weeks.set(weekOf(m), m);
    const { visits, bundles } = await checkBundles(this.room.t, this.room.usb, weeks);
    this.tally.visits += visits;
    this.tally.bundles += bundles;
  }

  async day(index: number, plan: DayPlan, error: ClockError): Promise<void> {
    const { t } = this.room;
    const date = addDays(TERM_START, index);
    const inRoom = new Set<number>();
    const actions = dayActions(this.room, date, plan, error, inRoom);
    const ticks = new Set(tickMinutes(date, index > 0 && plan.overnight));
    const minutes = [...new Set([...ticks, ...actions.map(([m]) => m)])].filter((m) => m < 24 * 60).sort((a, b) => a - b);
    for (const minute of minutes) {
      t.at(pcTime(localIso(date, minute), error));
      for (const [m, act] of actions)
        if (m === minute) {
          await act();
          this.tally.events += 1;
        }
      if (ticks.has(minute)) await this.tick(date, minute, error);
      if (error === 'right') await checkBookings(t, localIso(date, minute));
    }
    if (error !== 'back') this.dailies.push(dailyName(localTime(pcTime(localIso(date, 12 * 60), error), 'Asia/Shanghai')?.slice(0, 10) ?? ''));
    const afterWrong = this.afterWrong;
    this.afterWrong = error !== 'right';
    if (error !== 'right') {
      expect((await t.ok(this.room.teacher, 'clock.status', {})).state).toBe(error === 'back' ? 'behind' : 'ahead');
      return;
    }
    this.tally.days += 1;
    await checkVisits(t, date);
    // Restore-latest-good on Sundays and right after a wrong clock.
    checkBackups(t.app.host.defaultBackupDir, this.dailies, new Date(`${date}T00:00:00Z`).getUTCDay() === 0 || afterWrong);
    // No account locked longer than one lock period once the clock is right (the PINs were at noon).
    const unlock = await t.ok(kioskSession(t.clock.now().getTime()), 'auth.unlock', { staffId: this.room.teacherId, pin: TEACHER_PIN });
    expect(unlock.status, `the teacher is still locked out at the end of ${date}`).toBe('unlocked');
  }
}

async function playTerm(term: Term, tally: Tally): Promise<void> {
  const room = await openRoom();
  const run = new TermRun(room, tally);
  const wrong = [...term.wrong].map(([d, e]) => `${addDays(TERM_START, d)} ${e}`).join(', ');
  process.stdout.write(`term: ${term.days.length} days from ${TERM_START}, PC off ${term.off.size} days, clock wrong on ${wrong || 'no day'}\n`);
  for (let d = 0; d < term.days.length; d++) {
    if (term.off.has(d)) continue;
    await run.day(d, term.days[d], term.wrong.get(d) ?? 'right');
  }
}

describe('a term of real days', () => {
  it('keeps every invariant after every day', async () => {
    const tally: Tally = { days: 0, events: 0, visits: 0, bundles: 0 };
    process.stdout.write(`term: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} TERM_WEEKS=${WEEKS}\n`);
    await fc.assert(
      fc.asyncProperty(termArbitrary(WEEKS), (term) => playTerm(term, tally)),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    process.stdout.write(`term: ${tally.days} days checked, ${tally.events} events played, ${tally.bundles} week bundles checked holding ${tally.visits} visits\n`);
    process.stdout.write(`term: under a wrong clock the kiosk answered: ${[...wrongClockAnswers].join('; ') || 'nothing asked'}\n`);
    expect(tally.bundles).toBeGreaterThan(0);
  }, 600_000);
});
