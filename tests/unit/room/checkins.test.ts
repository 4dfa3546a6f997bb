import { describe, expect, it } from 'vitest';
import { createAudit } from '../../../electron/services/audit';
import { createCheckinsService, SYSTEM_ACTOR } from '../../../electron/services/room/checkins';
import { createClock } from '../../../electron/services/deps';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Moves the clock; staff sessions stay signed in (the idle lock is tested elsewhere). */
/** `start`: when the room is set up; the app never stamps a time before one it has seen (services/clock). */
async function room(start?: string) {
  const t = await createTestApp({ clock: testClock(start) });
  const teacher = await t.signIn('teacher', '王老师');
  const child = await t.ok(t.admin, 'children.create', childInput());
  return { t, teacher, child };
}

async function audits(t: TestApp, action: string) {
  return t.app.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('checkins: by a teacher', () => {
  it('records a manual check-in as done by that teacher', async () => {
    const { t, teacher, child } = await room();
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    expect(visit).toMatchObject({
      childId: child.id,
      childName: '张小明',
      grade: 4,
      classNo: 2,
      checkedInAt: '2026-11-23T10:00:00+08:00',
      checkedOutAt: null,
      checkedInBy: '王老师',
      checkoutMethod: null,
      voided: false,
    });
    const row = await t.app.db.selectFrom('visit').selectAll().where('id', '=', visit.id).executeTakeFirstOrThrow();
    expect(row.check_in_staff_id).toBe(teacher.staffId);
    const [entry] = await audits(t, 'checkins.checkIn');
    expect(entry).toMatchObject({ actor_staff_id: teacher.staffId, actor_role: 'teacher', table_name: 'visit', row_id: visit.id });
  });

  it('refuses a second check-in of a child already in the room, and an archived child', async () => {
    const { t, teacher, child } = await room();
    await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    expect(errorOf(await t.call(teacher, 'checkins.checkIn', { childId: child.id }))).toEqual({ code: 'conflict', details: { entity: 'already_checked_in' } });
    expect(await t.app.db.selectFrom('visit').select('id').execute()).toHaveLength(1);

    const left = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    await t.ok(t.admin, 'children.archive', { id: left.id, reason: '转学' });
    expect(errorOf(await t.call(teacher, 'checkins.checkIn', { childId: left.id }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
  });

  it('checks a child out with the leave mode and who collected her', async () => {
    const { t, teacher, child } = await room();
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    t.at('2026-11-23T17:05:00+08:00');
    const out = await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectedBy: '奶奶', leaveNote: '爷爷住院，奶奶来接' });
    expect(out).toMatchObject({
      checkedOutAt: '2026-11-23T17:05:00+08:00',
      checkoutMethod: 'staff',
      checkedOutBy: '王老师',
      leaveMode: 'guardian',
      collectedBy: '奶奶',
      leaveNote: '爷爷住院，奶奶来接',
    });
    expect(errorOf(await t.call(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'home_alone' }))).toEqual({
      code: 'conflict',
      details: { entity: 'not_checked_in' },
    });
    const [entry] = await audits(t, 'checkins.checkOut');
    expect(entry.details).not.toContain('奶奶');
  });

  it('requires who collected the child for guardian, and keeps it for no other mode', async () => {
    const { t, teacher, child } = await room();
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    expect(errorOf(await t.call(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectedBy: '  ' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['collectedBy'], code: 'required' }] },
    });
    // "Someone else", not on her list, needs the teacher's reason.
    expect(errorOf(await t.call(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectedBy: '邻居刘阿姨' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['leaveNote'], code: 'required' }] },
    });
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(1);
    const out = await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'home_alone', collectedBy: '奶奶' });
    expect(out).toMatchObject({ leaveMode: 'home_alone', collectedBy: null });
  });

  it('checks out everyone still in the room at once', async () => {
    const { t, teacher, child } = await room();
    const b = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    const c = await t.ok(t.admin, 'children.create', childInput({ name: '王芳' }));
    for (const id of [child.id, b.id, c.id]) await t.ok(t.kiosk, 'kiosk.checkIn', { childId: id });
    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: c.id });
    expect(errorOf(await t.call(teacher, 'checkins.checkOutAll', { leaveMode: 'guardian' })).code).toBe('invalid_input');
    expect(await t.ok(teacher, 'checkins.checkOutAll', { leaveMode: 'dormitory' })).toEqual({ count: 2 });
    const visits = await t.ok(teacher, 'checkins.history', {});
    expect(
      visits
        .filter((v) => v.checkoutMethod === 'staff')
        .map((v) => [v.childName, v.leaveMode, v.checkedOutBy])
        .sort(),
    ).toEqual([
      ['张小明', 'dormitory', '王老师'],
      ['李华', 'dormitory', '王老师'],
    ]);
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(0);
    expect(await t.ok(teacher, 'checkins.checkOutAll', { leaveMode: null })).toEqual({ count: 0 });
  });
});

describe('checkins: closing time', () => {
  it('closes visits still open at closing time, stamped with the closing time', async () => {
    const { t, teacher, child } = await room();
    t.at('2026-11-23T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    t.at('2026-11-23T18:29:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(1);
    t.at('2026-11-23T18:31:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(0);
    const [visit] = await t.ok(teacher, 'checkins.history', {});
    expect(visit).toMatchObject({ checkedOutAt: '2026-11-23T18:30:00+08:00', checkoutMethod: 'auto', checkedOutBy: null });
    const [entry] = await audits(t, 'checkins.autoCheckOut');
    expect(entry).toMatchObject({ actor_role: 'system', actor_staff_id: null, row_id: visit.id });
  });

  it('leaves a visit that began after closing open until midnight, never into the next day', async () => {
    const { t, teacher, child } = await room();
    t.at('2026-11-23T19:00:00+08:00');
    await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    t.at('2026-11-23T20:00:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(1);
    t.at('2026-11-24T08:00:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(0);
    const [visit] = await t.ok(teacher, 'checkins.history', { date: '2026-11-23' });
    expect(visit).toMatchObject({ checkedOutAt: '2026-11-24T00:00:00+08:00', checkoutMethod: 'auto' });
  });

  it('closes yesterday’s visits at yesterday’s closing when the PC was off at closing', async () => {
    const { t, teacher, child } = await room('2026-11-20T08:00:00+08:00');
    t.at('2026-11-22T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    t.at('2026-11-23T08:00:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).present).toEqual([]);
    const [visit] = await t.ok(teacher, 'checkins.history', { date: '2026-11-22' });
    expect(visit).toMatchObject({ checkedInAt: '2026-11-22T16:00:00+08:00', checkedOutAt: '2026-11-22T18:30:00+08:00', checkoutMethod: 'auto' });
    expect((await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id })).action).toBe('checked_in');
  });

  it('settles yesterday’s visit before any kiosk or teacher check-in, check-out or status', async () => {
    const { t, teacher, child } = await room('2026-11-20T08:00:00+08:00');
    const childId = child.id;
    t.at('2026-11-22T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-11-23T08:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-11-24T08:00:00+08:00');
    await t.ok(teacher, 'checkins.checkIn', { childId });
    t.at('2026-11-25T08:00:00+08:00');
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).checkedInAt).toBeNull();
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-11-26T08:00:00+08:00');
    expect(errorOf(await t.call(t.kiosk, 'kiosk.checkOut', { childId })).details?.entity).toBe('not_checked_in');
    // The refused command rolled back with its settling; the next one settles again.
    await t.ok(t.kiosk, 'kiosk.status', { childId });
    const rows = await t.app.db.selectFrom('visit').select(['checked_out_at', 'checkout_method']).orderBy('id').execute();
    expect(rows).toEqual(['22', '23', '24', '25'].map((d) => ({ checked_out_at: `2026-11-${d}T18:30:00+08:00`, checkout_method: 'auto' })));
  });

  it('closes a Friday visit at Friday’s closing after a weekend off, and leaves today’s open', async () => {
    const { t, child } = await room('2026-11-20T08:00:00+08:00');
    const other = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    t.at('2026-11-20T15:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    // The scheduler's call at start-up: the service on its own, with the system actor.
    const autoCheckOut = () =>
      t.app.db.transaction().execute((db) => {
        const clock = createClock(t.clock.now, 'Asia/Shanghai');
        const actor = { role: 'kiosk' as const, staffId: null, staffName: null };
        return createCheckinsService({ db, clock, actor, audit: createAudit(db, clock, SYSTEM_ACTOR) }).autoCheckOut();
      });
    t.at('2026-11-23T07:30:00+08:00');
    expect(await autoCheckOut()).toBe(1);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: other.id });
    expect(await autoCheckOut()).toBe(0);
    const rows = await t.app.db.selectFrom('visit').select(['child_id', 'checked_out_at', 'checkout_method']).orderBy('id').execute();
    expect(rows).toEqual([
      { child_id: child.id, checked_out_at: '2026-11-20T18:30:00+08:00', checkout_method: 'auto' },
      { child_id: other.id, checked_out_at: null, checkout_method: null },
    ]);
    expect(await audits(t, 'checkins.autoCheckOut')).toMatchObject([{ actor_role: 'system', actor_staff_id: null }]);
    t.clock.set('2026-11-23T19:00:00+08:00');
    expect(await autoCheckOut()).toBe(1);
  });
});

describe('checkins: corrections', () => {
  async function closedVisit() {
    const r = await room();
    r.t.at('2026-11-23T16:00:00+08:00');
    const visit = await r.t.ok(r.teacher, 'checkins.checkIn', { childId: r.child.id });
    r.t.at('2026-11-23T17:00:00+08:00');
    await r.t.ok(r.teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'home_alone' });
    r.t.at('2026-11-23T18:00:00+08:00');
    return { ...r, visit };
  }

  it('fixes the times and keeps the original in the audit log', async () => {
    const { t, teacher, visit } = await closedVisit();
    const fixed = await t.ok(teacher, 'checkins.correct', {
      visitId: visit.id,
      checkedInAt: '2026-11-23T07:30:00Z',
      checkedOutAt: '2026-11-23T16:45:00+08:00',
      reason: '点错了时间',
    });
    expect(fixed).toMatchObject({ checkedInAt: '2026-11-23T15:30:00+08:00', checkedOutAt: '2026-11-23T16:45:00+08:00', voided: false });
    const [entry] = await audits(t, 'checkins.correct');
    expect(entry.row_id).toBe(visit.id);
    expect(JSON.parse(entry.details ?? '')).toEqual({
      before: { checkedInAt: '2026-11-23T16:00:00+08:00', checkedOutAt: '2026-11-23T17:00:00+08:00', voided: false },
      after: { checkedInAt: '2026-11-23T15:30:00+08:00', checkedOutAt: '2026-11-23T16:45:00+08:00', voided: false },
      reason: '点错了时间',
    });
  });

  it('refuses a check-out before the check-in, and times in the future', async () => {
    const { t, teacher, visit } = await closedVisit();
    const issues = async (input: { checkedInAt?: string; checkedOutAt?: string }) =>
      errorOf(await t.call(teacher, 'checkins.correct', { visitId: visit.id, reason: '更正', ...input })).details?.issues;
    expect(await issues({ checkedOutAt: '2026-11-23T15:59:00+08:00' })).toEqual([{ path: ['checkedOutAt'], code: 'date_range' }]);
    expect(await issues({ checkedInAt: '2026-11-23T17:30:00+08:00' })).toEqual([{ path: ['checkedOutAt'], code: 'date_range' }]);
    expect(await issues({ checkedOutAt: '2026-11-23T18:01:00+08:00' })).toEqual([{ path: ['checkedOutAt'], code: 'date_future' }]);
    expect(await issues({ checkedInAt: '2026-11-23T18:10:00+08:00', checkedOutAt: '2026-11-23T18:20:00+08:00' })).toEqual([
      { path: ['checkedInAt'], code: 'date_future' },
      { path: ['checkedOutAt'], code: 'date_future' },
    ]);
    // Found by the fuzz test: year 1 was stored as a broken stamp that the weekly export could not read.
    expect(await issues({ checkedOutAt: '0001-01-01T00:00:00Z' })).toEqual([{ path: ['checkedOutAt'], code: 'date' }]);
    expect(await issues({ checkedInAt: '1999-12-31T08:00:00+08:00' })).toEqual([{ path: ['checkedInAt'], code: 'date' }]);
    const [after] = await t.ok(teacher, 'checkins.history', {});
    expect(after).toMatchObject({ checkedInAt: '2026-11-23T16:00:00+08:00', checkedOutAt: '2026-11-23T17:00:00+08:00' });
    expect(await audits(t, 'checkins.correct')).toEqual([]);
  });

  it('re-opens a visit closed by mistake, but never into a second open visit', async () => {
    const { t, teacher, child, visit } = await closedVisit();
    const reopened = await t.ok(teacher, 'checkins.correct', { visitId: visit.id, checkedOutAt: null, reason: '还没走' });
    expect(reopened).toMatchObject({ checkedOutAt: null, checkoutMethod: null, checkedOutBy: null, leaveMode: null });
    expect((await t.ok(teacher, 'checkins.room', {})).present.map((v) => v.id)).toEqual([visit.id]);

    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    expect(errorOf(await t.call(teacher, 'checkins.correct', { visitId: visit.id, checkedOutAt: null, reason: '还没走' }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_checked_in' },
    });
  });

  it('voids a visit recorded by mistake: out of the room, still in the history', async () => {
    const { t, teacher, child } = await room();
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    const id = (await t.ok(teacher, 'checkins.room', {})).present[0].id;
    const voided = await t.ok(teacher, 'checkins.correct', { visitId: id, void: true, reason: '点错了名字' });
    expect(voided).toMatchObject({ voided: true, voidReason: '点错了名字', checkedOutAt: null });
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(0);
    expect((await t.ok(teacher, 'checkins.history', {})).map((v) => [v.id, v.voided])).toEqual([[id, true]]);
    expect(errorOf(await t.call(teacher, 'checkins.correct', { visitId: id, void: true, reason: '再作废' })).details?.entity).toBe('already_voided');
    // A tap in and straight out (the same second) can be voided too.
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    const { at: tapped } = await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id });
    const [tap] = await t.ok(teacher, 'checkins.history', {});
    expect(tap).toMatchObject({ checkedInAt: tapped, checkedOutAt: tapped });
    expect((await t.ok(teacher, 'checkins.correct', { visitId: tap.id, void: true, reason: '点错了' })).voided).toBe(true);
    const [entry] = await audits(t, 'checkins.correct');
    expect(JSON.parse(entry.details ?? '')).toMatchObject({ before: { voided: false }, after: { voided: true }, reason: '点错了名字' });
  });
});

describe('checkins: the room and its history', () => {
  it('warns when the room is over capacity or short of teachers', async () => {
    const { t, teacher, child } = await room();
    await t.ok(t.admin, 'settings.update', { roomCapacity: 2, childrenPerTeacher: 1 });
    // Two teachers signed in for duty: the ratio counts them, not a typed number.
    const li = await t.signIn('teacher', '李老师');
    await t.ok(teacher, 'duty.signIn', { pin: '2468' });
    await t.ok(li, 'duty.signIn', { pin: '2468' });
    const b = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    const c = await t.ok(t.admin, 'children.create', childInput({ name: '王芳' }));
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    t.clock.advanceMinutes(1);
    await t.ok(teacher, 'checkins.checkIn', { childId: b.id });
    const full = await t.ok(teacher, 'checkins.room', {});
    expect(full).toMatchObject({
      headCount: 2,
      capacity: 2,
      teachersOnDuty: 2,
      dutyTeachers: ['王老师', '李老师'],
      childrenPerTeacher: 1,
      overCapacity: false,
      overRatio: false,
      closingTime: '18:30',
    });
    expect(full.present.map((v) => [v.childName, v.checkedInBy])).toEqual([
      ['张小明', null],
      ['李华', '王老师'],
    ]);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: c.id });
    expect(await t.ok(teacher, 'checkins.room', {})).toMatchObject({ headCount: 3, overCapacity: true, overRatio: true });
    await t.ok(teacher, 'checkins.checkOutAll', { leaveMode: null });
    await t.ok(teacher, 'duty.signOut', { handoverNote: null });
    await t.ok(li, 'duty.signOut', { handoverNote: null });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    expect(await t.ok(teacher, 'checkins.room', {})).toMatchObject({ headCount: 1, teachersOnDuty: 0, dutyTeachers: [], overCapacity: false, overRatio: true });
  });

  it('lists a day’s visits newest first, for one child or all', async () => {
    const { t, teacher, child } = await room('2026-11-20T08:00:00+08:00');
    const other = await t.ok(t.admin, 'children.create', childInput({ name: '李华' }));
    t.at('2026-11-22T23:59:00+08:00');
    await t.ok(teacher, 'checkins.checkIn', { childId: other.id });
    t.at('2026-11-23T00:01:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    t.at('2026-11-23T09:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    const today = await t.ok(teacher, 'checkins.history', {});
    expect(today.map((v) => [v.childName, v.checkedInAt])).toEqual([
      ['张小明', '2026-11-23T09:00:00+08:00'],
      ['张小明', '2026-11-23T00:01:00+08:00'],
    ]);
    expect((await t.ok(teacher, 'checkins.history', { date: '2026-11-22' })).map((v) => v.childName)).toEqual(['李华']);
    expect(await t.ok(teacher, 'checkins.history', { date: '2026-11-23', childId: other.id })).toEqual([]);
  });

  it('refuses staff views to a kiosk session', async () => {
    const { t, child } = await room();
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    for (const result of [
      await t.call(t.kiosk, 'checkins.room', {}),
      await t.call(t.kiosk, 'checkins.history', {}),
      await t.call(t.kiosk, 'checkins.checkOutAll', { leaveMode: null }),
      await t.call(t.kiosk, 'checkins.correct', { visitId: 1, void: true, reason: 'x' }),
      await t.call(t.kiosk, 'children.get', { id: child.id }),
      await t.call(t.kiosk, 'stats.room', {}),
    ]) {
      expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    const [visit] = await t.app.db.selectFrom('visit').selectAll().execute();
    expect(visit).toMatchObject({ checked_out_at: null, voided_at: null });
  });
});
