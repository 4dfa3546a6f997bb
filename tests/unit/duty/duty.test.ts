import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

interface Room {
  t: TestApp;
  wang: Session;
  li: Session;
  zhao: Session;
  /** Moves the clock and keeps the staff sessions awake (the idle lock would sign them out). */
  at(iso: string): void;
  opening(weekday: number, startTime: string, endTime: string): Promise<number>;
  add(date: string, openingId: number, who: Session): Promise<number>;
}

async function room(start = '2026-11-23T10:00:00+08:00'): Promise<Room> {
  const t = await createTestApp();
  t.at(start);
  const wang = await t.signIn('teacher', '王老师');
  const li = await t.signIn('teacher', '李老师');
  const zhao = await t.signIn('teacher', '赵老师');
  return {
    t,
    wang,
    li,
    zhao,
    at: (iso) => t.at(iso),
    opening: async (weekday, startTime, endTime) => (await t.ok(t.admin, 'roster.saveOpening', { weekday, startTime, endTime })).id,
    add: async (date, openingId, who) => {
      const d = await t.ok(t.admin, 'roster.change', { action: 'add', date, openingId, staffId: who.staffId ?? 0 });
      if (!('id' in d)) throw new Error('not a duty');
      return d.id;
    },
  };
}

describe('duty.signIn and duty.signOut', () => {
  it("signs the teacher in with her PIN against today's nearest duty, once", async () => {
    const r = await room('2026-11-23T15:30:00+08:00'); // Monday
    const morning = await r.opening(1, '08:00', '10:00');
    const afternoon = await r.opening(1, '16:00', '18:00');
    await r.add('2026-11-23', morning, r.wang);
    const planned = await r.add('2026-11-23', afternoon, r.wang);

    const status = await r.t.ok(r.wang, 'duty.signIn', { pin: '2468' });
    expect(status.current).toEqual({
      id: expect.any(Number),
      staffId: r.wang.staffId,
      staffName: '王老师',
      dutyId: planned,
      signedInAt: '2026-11-23T15:30:00+08:00',
      signedOutAt: null,
      handoverNote: null,
    });
    expect(errorOf(await r.t.call(r.wang, 'duty.signIn', { pin: '2468' }))).toEqual({ code: 'conflict', details: { entity: 'already_on_duty_signin' } });

    // No duty today: an unplanned sign-in.
    expect((await r.t.ok(r.li, 'duty.signIn', { pin: '2468' })).current?.dutyId).toBeNull();
    const audit = await r.t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'duty.%').execute();
    expect(audit.map((a) => a.action)).toEqual(['duty.signIn', 'duty.signIn']);
    expect(JSON.stringify(audit)).not.toContain('2468');
  });

  it('answers a wrong PIN without signing in, and five wrong PINs lock the account and the screen', async () => {
    const r = await room();
    const first = await r.t.ok(r.wang, 'duty.signIn', { pin: '1111' });
    expect(first.pinCheck).toEqual({ status: 'wrong_pin', attemptsLeft: 4 });
    expect(first.current).toBeNull();
    expect(await r.t.app.db.selectFrom('duty_signin').selectAll().execute()).toEqual([]);
    expect(errorOf(await r.t.call(r.wang, 'duty.signIn', { pin: 'abc' }))).toMatchObject({ code: 'invalid_input' });

    // The count survives each answer, as on the unlock screen: guessing at an unlocked screen is stopped too.
    for (const left of [3, 2, 1]) expect((await r.t.ok(r.wang, 'duty.signIn', { pin: '1111' })).pinCheck).toEqual({ status: 'wrong_pin', attemptsLeft: left });
    const fifth = await r.t.ok(r.wang, 'duty.signIn', { pin: '1111' });
    expect(fifth.pinCheck).toMatchObject({ status: 'locked' });
    expect(r.wang.role).toBe('kiosk');
    expect(errorOf(await r.t.call(r.wang, 'duty.signIn', { pin: '2468' }))).toEqual({ code: 'forbidden' });
    expect(await r.t.app.db.selectFrom('duty_signin').selectAll().execute()).toEqual([]);
  });

  it('shows the handover note to the next teacher, and refuses signing out twice', async () => {
    const r = await room();
    await r.t.ok(r.wang, 'duty.signIn', { pin: '2468' });
    r.at('2026-11-23T18:05:00+08:00');
    const out = await r.t.ok(r.wang, 'duty.signOut', { handoverNote: '  小明发烧，已通知奶奶。 ' });
    expect(out.current).toBeNull();
    expect(errorOf(await r.t.call(r.wang, 'duty.signOut', { handoverNote: null }))).toEqual({ code: 'conflict', details: { entity: 'not_on_duty' } });

    r.at('2026-11-24T15:00:00+08:00');
    const next = await r.t.ok(r.li, 'duty.status', {});
    expect(next.lastHandover).toEqual({ staffName: '王老师', note: '小明发烧，已通知奶奶。', at: '2026-11-23T18:05:00+08:00' });
    // A sign-out with an empty note does not hide the last real one.
    await r.t.ok(r.li, 'duty.signIn', { pin: '2468' });
    await r.t.ok(r.li, 'duty.signOut', { handoverNote: '   ' });
    expect((await r.t.ok(r.zhao, 'duty.status', {})).lastHandover?.staffName).toBe('王老师');

    const audit = await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'duty.signOut').execute();
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('小明');
  });
});

describe('duty.status upcoming', () => {
  it('lists her live duties from today for two weeks, by date and time', async () => {
    const r = await room('2026-11-25T12:00:00+08:00'); // Wednesday
    const wedLate = await r.opening(3, '18:00', '19:00');
    const wedEarly = await r.opening(3, '16:00', '18:00');
    const mon = await r.opening(1, '16:00', '18:00');
    await r.add('2026-11-23', mon, r.wang); // past
    const a = await r.add('2026-11-25', wedLate, r.wang);
    const b = await r.add('2026-11-25', wedEarly, r.wang);
    const c = await r.add('2026-12-07', mon, r.wang); // day 12
    await r.add('2026-12-09', wedEarly, r.wang); // day 14: beyond
    await r.add('2026-11-30', mon, r.li); // someone else
    const removed = await r.add('2026-11-30', mon, r.wang);
    await r.t.ok(r.t.admin, 'roster.change', { action: 'remove', dutyId: removed });

    const { upcoming } = await r.t.ok(r.wang, 'duty.status', {});
    expect(upcoming.map((d) => d.id)).toEqual([b, a, c]);
  });
});

describe('duty.status after her duty', () => {
  it('counts the children still in the room, and a duty signed out of (or over) is no longer upcoming', async () => {
    const r = await room('2026-11-23T15:55:00+08:00'); // Monday
    const afternoon = await r.opening(1, '16:00', '18:00');
    const noon = await r.opening(1, '12:00', '13:00');
    const tuesday = await r.opening(2, '16:00', '18:00');
    const today = await r.add('2026-11-23', afternoon, r.wang);
    await r.add('2026-11-23', noon, r.wang); // over before she came, never signed in
    const tomorrow = await r.add('2026-11-24', tuesday, r.wang);
    const names = ['张小明', '李华', '王芳', '赵磊', '刘洋', '陈晨', '杨帆', '黄河', '周雨', '吴迪', '郑爽', '孙悦', '马丽'];
    for (const name of names) {
      const child = await r.t.ok(r.t.admin, 'children.create', childInput({ name }));
      await r.t.ok(r.wang, 'checkins.checkIn', { childId: child.id });
    }

    const before = await r.t.ok(r.wang, 'duty.signIn', { pin: '2468' });
    expect(before.childrenInRoom).toBe(13);
    expect(before.upcoming.map((d) => d.id)).toEqual([today, tomorrow]);
    expect(before.finishedToday).toBeNull();

    r.at('2026-11-23T17:50:00+08:00');
    const after = await r.t.ok(r.wang, 'duty.signOut', { handoverNote: null });
    expect(after.childrenInRoom).toBe(13);
    // Signed out ten minutes before the opening ends: today's duty is done all the same.
    expect(after.upcoming.map((d) => d.id)).toEqual([tomorrow]);
    expect(after.finishedToday).toMatchObject({ dutyId: today, signedOutAt: '2026-11-23T17:50:00+08:00' });

    // The next day yesterday's sign-out is not "today's".
    r.at('2026-11-24T09:00:00+08:00');
    const next = await r.t.ok(r.wang, 'duty.status', {});
    expect(next.finishedToday).toBeNull();
    expect(next.upcoming.map((d) => d.id)).toEqual([tomorrow]);
  });
});

describe('duty.report', () => {
  it('compares planned duties with sign-ins: on time, late, absent and unplanned', async () => {
    const r = await room('2026-11-23T15:00:00+08:00'); // Monday
    const mon = await r.opening(1, '16:00', '18:00');
    await r.add('2026-11-23', mon, r.wang);
    await r.add('2026-11-23', mon, r.li);
    await r.add('2026-11-23', mon, r.zhao);
    await r.add('2026-11-30', mon, r.wang);

    r.at('2026-11-23T16:10:00+08:00');
    await r.t.ok(r.wang, 'duty.signIn', { pin: '2468' });
    r.at('2026-11-23T16:11:00+08:00');
    await r.t.ok(r.li, 'duty.signIn', { pin: '2468' });
    r.at('2026-11-23T16:30:00+08:00');
    await r.t.ok(r.t.admin, 'duty.signIn', { pin: '1234' });

    // While the opening runs, 赵老师 is not yet absent.
    r.at('2026-11-23T17:00:00+08:00');
    const during = await r.t.ok(r.wang, 'duty.report', { from: '2026-11-23', to: '2026-11-30' });
    expect(during.map((row) => [row.staffName, row.status])).toEqual([
      ['李老师', 'late'],
      ['王老师', 'on_time'],
      ['陈静', 'unplanned'],
    ]);

    r.at('2026-11-23T18:30:00+08:00');
    const after = await r.t.ok(r.wang, 'duty.report', { from: '2026-11-23', to: '2026-11-30' });
    expect(after).toEqual([
      {
        date: '2026-11-23',
        openingId: mon,
        startTime: '16:00',
        staffName: '李老师',
        planned: true,
        signedInAt: '2026-11-23T16:11:00+08:00',
        signedOutAt: null,
        status: 'late',
      },
      {
        date: '2026-11-23',
        openingId: mon,
        startTime: '16:00',
        staffName: '王老师',
        planned: true,
        signedInAt: '2026-11-23T16:10:00+08:00',
        signedOutAt: null,
        status: 'on_time',
      },
      { date: '2026-11-23', openingId: mon, startTime: '16:00', staffName: '赵老师', planned: true, signedInAt: null, signedOutAt: null, status: 'absent' },
      {
        date: '2026-11-23',
        openingId: null,
        startTime: null,
        staffName: '陈静',
        planned: false,
        signedInAt: '2026-11-23T16:30:00+08:00',
        signedOutAt: null,
        status: 'unplanned',
      },
    ]);

    // Days later, a past day's missed duty is absent; the range bounds the rows.
    r.at('2026-12-01T09:00:00+08:00');
    const later = await r.t.ok(r.li, 'duty.report', { from: '2026-11-24', to: '2026-11-30' });
    expect(later.map((row) => [row.date, row.staffName, row.status])).toEqual([['2026-11-30', '王老师', 'absent']]);
  });
});

describe('roles', () => {
  it('lets teachers read the roster and sign in for duty but not plan it', async () => {
    const r = await room();
    expect((await r.t.call(r.wang, 'roster.week', { weekStart: '2026-11-23' })).ok).toBe(true);
    expect((await r.t.call(r.wang, 'duty.report', { from: '2026-11-23', to: '2026-11-23' })).ok).toBe(true);
    for (const result of [
      await r.t.call(r.wang, 'roster.saveOpening', { weekday: 1, startTime: '16:00', endTime: '18:00' }),
      await r.t.call(r.wang, 'roster.archiveOpening', { id: 1 }),
      await r.t.call(r.wang, 'roster.swap', { dutyA: 1, dutyB: 2 }),
      await r.t.call(r.wang, 'roster.change', { action: 'remove', dutyId: 1 }),
    ])
      expect(errorOf(result)).toEqual({ code: 'forbidden' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'duty.signIn', { pin: '2468' }))).toEqual({ code: 'forbidden' });
  });
});
