import { describe, expect, it } from 'vitest';
import { mondayOf } from '../../../electron/services/room/stats';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

/** Moves the clock; staff sessions stay signed in (the idle lock is tested elsewhere). */
async function visit(t: TestApp, childId: number, iso: string): Promise<void> {
  t.at(iso);
  // By a teacher: some of these are after closing, when the kiosk sends the child to the teacher.
  await t.ok(t.admin, 'checkins.checkIn', { childId });
  await t.ok(t.kiosk, 'kiosk.checkOut', { childId });
}

/** Calls are the calls service's to write; here they are rows in the table stats reads. */
async function call(t: TestApp, childId: number, parentId: number, startedAt: string, voided = false): Promise<void> {
  await t.app.db
    .insertInto('call')
    .values({
      child_id: childId,
      parent_id: parentId,
      booking_id: null,
      staff_id: null,
      started_at: startedAt,
      ended_at: null,
      duration_seconds: null,
      outcome: 'talked',
      note: null,
      voided_at: voided ? startedAt : null,
      void_reason: voided ? '误记' : null,
      created_at: startedAt,
      updated_at: startedAt,
    })
    .execute();
}

describe('stats: the room', () => {
  it('gives 28 days, oldest first, ending today, zero-filled', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const stats = await t.ok(teacher, 'stats.room', {});
    expect(stats.today).toEqual({ checkIns: 0, calls: 0 });
    expect(stats.week).toEqual({ checkIns: 0, calls: 0 });
    expect(stats.daily).toHaveLength(28);
    expect(stats.daily[0]).toEqual({ date: '2026-10-27', checkIns: 0 });
    expect(stats.daily[27]).toEqual({ date: '2026-11-23', checkIns: 0 });
    expect(stats.daily.every((d) => d.checkIns === 0)).toBe(true);
    // Consecutive days across the month's end.
    expect(stats.daily.slice(4, 7).map((d) => d.date)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
  });

  it('counts visits and calls today, this ISO week and per day, leaving voided ones out', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const a = await t.ok(t.admin, 'children.create', childInput());
    const b = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    const c = await t.ok(t.admin, 'children.create', childInput({ name: '王芳' }));
    await visit(t, a.id, '2026-10-28T10:00:00+08:00'); // one day before the 28
    await visit(t, a.id, '2026-10-29T10:00:00+08:00'); // the first of the 28
    await visit(t, a.id, '2026-11-22T23:50:00+08:00'); // Sunday: last week
    await visit(t, b.id, '2026-11-23T00:10:00+08:00'); // Monday: this week
    await visit(t, a.id, '2026-11-25T09:00:00+08:00');
    await visit(t, b.id, '2026-11-25T09:05:00+08:00');
    await visit(t, c.id, '2026-11-25T09:10:00+08:00');
    t.at('2026-11-25T15:00:00+08:00');
    const [mistake] = await t.ok(teacher, 'checkins.history', { childId: c.id });
    await t.ok(teacher, 'checkins.correct', { visitId: mistake.id, void: true, reason: '点错了名字' });

    const parent = a.parents[0].id;
    await call(t, a.id, parent, '2026-11-22T20:00:00+08:00');
    await call(t, a.id, parent, '2026-11-24T16:00:00+08:00');
    await call(t, a.id, parent, '2026-11-25T09:30:00+08:00');
    await call(t, a.id, parent, '2026-11-25T10:00:00+08:00', true);

    const stats = await t.ok(teacher, 'stats.room', {});
    expect(stats.today).toEqual({ checkIns: 2, calls: 1 });
    expect(stats.week).toEqual({ checkIns: 3, calls: 2 });
    expect(stats.daily[0]).toEqual({ date: '2026-10-29', checkIns: 1 });
    expect(stats.daily.slice(-4)).toEqual([
      { date: '2026-11-22', checkIns: 1 },
      { date: '2026-11-23', checkIns: 1 },
      { date: '2026-11-24', checkIns: 0 },
      { date: '2026-11-25', checkIns: 2 },
    ]);
    expect(stats.daily.reduce((n, d) => n + d.checkIns, 0)).toBe(5);
  });

  it('starts the week on Monday, also when today is Sunday', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const a = await t.ok(t.admin, 'children.create', childInput());
    await visit(t, a.id, '2026-11-22T18:00:00+08:00');
    await visit(t, a.id, '2026-11-23T08:00:00+08:00');
    await visit(t, a.id, '2026-11-29T08:00:00+08:00');
    // Recorded while the PC's clock ran a day ahead: it belongs to next week, not this one.
    await visit(t, a.id, '2026-11-30T08:00:00+08:00');
    t.at('2026-11-29T12:00:00+08:00');
    expect((await t.ok(teacher, 'stats.room', {})).week.checkIns).toBe(2);
    t.at('2026-11-30T12:00:00+08:00');
    expect((await t.ok(teacher, 'stats.room', {})).week.checkIns).toBe(1);
  });

  it('finds the Monday of any date', () => {
    expect(['2026-11-23', '2026-11-25', '2026-11-29', '2026-11-30', '2027-01-01'].map(mondayOf)).toEqual(['2026-11-23', '2026-11-23', '2026-11-23', '2026-11-30', '2026-12-28']);
  });
});
