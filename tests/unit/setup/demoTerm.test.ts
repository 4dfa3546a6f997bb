import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_OPENINGS, closedOn, isoWeekday } from '../../../electron/services/setup/demo/term';
import { kioskSession, type Session } from '../../../electron/session';
import { createTestApp, testClock, type TestApp } from '../helpers';

const TABLES = ['visit', 'call_booking', 'call', 'book', 'book_copy', 'loan', 'review', 'care_record', 'care_follow_up', 'opening', 'audit_log'] as const;

async function seeded(at: string): Promise<{ t: TestApp; teacher: Session }> {
  const t = await createTestApp({ setUp: false, clock: testClock(at) });
  await t.ok(t.kiosk, 'setup.seedDemo', {});
  const names = await t.ok(t.kiosk, 'auth.staffNames', {});
  const teacher = kioskSession(t.clock.now().getTime());
  const staffId = names.find((n) => n.name === '王丽华')?.id ?? 0;
  expect((await t.ok(teacher, 'auth.unlock', { staffId, pin: '1111' })).status).toBe('unlocked');
  return { t, teacher };
}

async function fingerprint(t: TestApp): Promise<string> {
  const hash = createHash('sha256');
  for (const table of TABLES) {
    const n = await t.app.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    hash.update(`${table}:${n.n};`);
  }
  const visits = await t.app.db.selectFrom('visit').select(['child_id', 'checked_in_at', 'checked_out_at']).orderBy('id').limit(500).execute();
  const loans = await t.app.db.selectFrom('loan').select(['copy_id', 'child_id', 'due_on', 'returned_at']).orderBy('id').execute();
  const calls = await t.app.db.selectFrom('call').select(['child_id', 'started_at', 'outcome']).orderBy('id').execute();
  hash.update(JSON.stringify([visits, loans, calls]));
  return hash.digest('hex');
}

/** The term's invariants, whatever day the demo is made on. */
async function checkTerm(t: TestApp, today: string): Promise<void> {
  const db = t.app.db;
  const visits = await db.selectFrom('visit').select(['checked_in_at', 'checked_out_at']).execute();
  expect(visits.length).toBeGreaterThan(3000);
  const days = new Set<string>();
  for (const v of visits) {
    const date = v.checked_in_at.slice(0, 10);
    days.add(date);
    expect(date <= today).toBe(true);
    expect(closedOn(date)).toBe(false);
    const opening = DEMO_OPENINGS[isoWeekday(date) - 1]!;
    const inTime = v.checked_in_at.slice(11, 16);
    expect(inTime >= opening.startTime && inTime < opening.endTime).toBe(true);
    if (v.checked_out_at !== null) {
      expect(v.checked_out_at > v.checked_in_at).toBe(true);
      expect(v.checked_out_at.slice(0, 10)).toBe(date);
      expect(v.checked_out_at.slice(11, 16) <= opening.endTime).toBe(true);
    }
  }
  // A term: history reaches back about four months.
  expect([...days].sort()[0]! < new Date(Date.parse(today) - 100 * 86_400_000).toISOString().slice(0, 10)).toBe(true);
  const now = t.clock.now().getTime();
  for (const c of await db.selectFrom('call').select(['started_at', 'ended_at']).execute()) expect(Date.parse(c.ended_at ?? '')).toBeLessThanOrEqual(now);
  for (const l of await db.selectFrom('loan').select('lent_at').execute()) expect(Date.parse(l.lent_at)).toBeLessThanOrEqual(now);
  for (const r of await db.selectFrom('care_record').select('date').execute()) expect(r.date <= today).toBe(true);
  // Every open loan's copy exists and is marked out; labels run B00001…
  const open = await db.selectFrom('loan').innerJoin('book_copy', 'book_copy.id', 'loan.copy_id').select(['book_copy.status']).where('loan.returned_at', 'is', null).execute();
  const openCount = await db
    .selectFrom('loan')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('returned_at', 'is', null)
    .executeTakeFirstOrThrow();
  expect(open.length).toBe(openCount.n);
  expect(open.every((c) => c.status === 'on_loan')).toBe(true);
  const first = await db.selectFrom('book_copy').select('barcode').orderBy('id').executeTakeFirstOrThrow();
  expect(first.barcode).toBe('B00001');
  // The duty roster: past and coming duties; signed in and out, never ahead of now; some handover notes.
  const duties = await db.selectFrom('duty').select('date').execute();
  expect(duties.some((d) => d.date < today) && duties.some((d) => d.date > today)).toBe(true);
  const signins = await db.selectFrom('duty_signin').select(['signed_in_at', 'signed_out_at', 'handover_note']).execute();
  expect(signins.length).toBeGreaterThan(50);
  for (const s of signins) {
    expect(Date.parse(s.signed_in_at)).toBeLessThanOrEqual(now);
    if (s.signed_out_at) expect(Date.parse(s.signed_out_at)).toBeLessThanOrEqual(now);
  }
  expect(signins.filter((s) => s.handover_note).length).toBeGreaterThan(5);
  // A few past duties were missed, so the missed-duty lists have someone in them.
  expect(signins.length).toBeLessThan(duties.filter((d) => d.date < today).length);
  // Activities: weekend ones and interest groups, waiting lists, a child moved up, attendance; none ahead of now.
  const kinds = (await db.selectFrom('activity').select('kind').execute()).map((a) => a.kind);
  expect(kinds.filter((k) => k === 'group')).toHaveLength(3);
  expect(kinds.filter((k) => k === 'weekend').length).toBeGreaterThan(5);
  const signups = await db.selectFrom('activity_signup').select(['status', 'signed_up_at', 'promoted_at']).execute();
  for (const status of ['enrolled', 'waiting', 'cancelled'] as const)
    expect(
      signups.some((x) => x.status === status),
      status,
    ).toBe(true);
  expect(signups.some((x) => x.promoted_at !== null)).toBe(true);
  for (const x of signups) expect(Date.parse(x.signed_up_at)).toBeLessThanOrEqual(now);
  const marks = await db.selectFrom('activity_attendance').select(['date', 'present']).execute();
  expect(marks.length).toBeGreaterThan(100);
  expect(marks.every((m) => m.date <= today)).toBe(true);
  expect(marks.some((m) => m.present === 0)).toBe(true);
  // A lecture each past month, none this month yet; those ticked present were in the room that day.
  const lectures = await db.selectFrom('lecture').select(['id', 'date']).execute();
  expect(lectures.length).toBeGreaterThanOrEqual(3);
  expect(new Set(lectures.map((l) => l.date.slice(0, 7))).size).toBe(lectures.length);
  expect(lectures.every((l) => l.date.slice(0, 7) < today.slice(0, 7))).toBe(true);
  const present = await db.selectFrom('lecture_attendance as a').innerJoin('lecture as l', 'l.id', 'a.lecture_id').select(['a.child_id', 'l.date']).execute();
  expect(present.length).toBeGreaterThan(10);
  const visited = new Set((await db.selectFrom('visit').select(['child_id', 'checked_in_at']).execute()).map((v) => `${v.child_id}|${v.checked_in_at.slice(0, 10)}`));
  expect(present.filter((p) => !visited.has(`${p.child_id}|${p.date}`))).toEqual([]);
  // Incidents: to children in the room that day, told to someone, one follow-up still open, none ahead of now.
  const incidents = await db.selectFrom('incident as i').innerJoin('incident_child as c', 'c.incident_id', 'i.id').select(['c.child_id', 'i.occurred_at', 'i.follow_up_done_on']).execute();
  expect(new Set(incidents.map((i) => i.occurred_at)).size).toBe(3);
  expect(incidents.filter((i) => !visited.has(`${i.child_id}|${i.occurred_at.slice(0, 10)}`))).toEqual([]);
  expect(incidents.every((i) => Date.parse(i.occurred_at) <= now)).toBe(true);
  expect(new Set(incidents.filter((i) => i.follow_up_done_on === null).map((i) => i.occurred_at)).size).toBe(1);
  const notices = await db.selectFrom('incident_notice').select('told_at').execute();
  expect(notices).toHaveLength(3);
  expect(notices.every((n) => Date.parse(n.told_at) <= now)).toBe(true);
}

describe('the demo room has lived a term', () => {
  // Each test seeds a whole room or two: seconds each on a busy machine.
  it('fills every list that finds a neglected child, and the charts', async () => {
    const { t, teacher } = await seeded('2026-11-23T10:00:00+08:00');
    await checkTerm(t, '2026-11-23');
    expect((await t.ok(teacher, 'care.notSeen', {})).children.length).toBeGreaterThan(0);
    expect((await t.ok(teacher, 'calls.overdue', { days: 30, offset: 0, limit: 50 })).total).toBeGreaterThan(0);
    expect((await t.ok(teacher, 'loans.overdue', {})).length).toBeGreaterThan(0);
    expect((await t.ok(teacher, 'loans.active', {})).length).toBeGreaterThan(0);
    expect((await t.ok(teacher, 'care.dueGroups', {})).some((g) => g.due > 0)).toBe(true);
    expect((await t.ok(teacher, 'care.followUps', { scope: 'all', includeDone: true })).length).toBeGreaterThan(0);
    expect((await t.ok(teacher, 'care.birthdays', {})).length).toBeGreaterThan(0);
    const stats = await t.ok(teacher, 'stats.room', {});
    expect(stats.daily.filter((d) => d.checkIns > 0).length).toBeGreaterThan(15);
  }, 120_000);

  it('is the same database for the same seed and today', async () => {
    const a = await seeded('2026-11-23T19:00:00+08:00');
    const b = await seeded('2026-11-23T19:00:00+08:00');
    expect(await fingerprint(a.t)).toBe(await fingerprint(b.t));
  }, 120_000);

  it.each([
    ['a Sunday afternoon', '2026-11-29T15:00:00+08:00'],
    ['New Year', '2027-01-01T11:00:00+08:00'],
    ['just after the spring semester starts', '2027-02-03T17:00:00+08:00'],
    ['just after the autumn semester starts', '2026-09-03T17:00:00+08:00'],
  ])(
    'gives a term of history and nothing in the future on %s',
    async (_what, at) => {
      const { t } = await seeded(at);
      await checkTerm(t, at.slice(0, 10));
    },
    120_000,
  );
});
