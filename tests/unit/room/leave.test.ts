// Issue 16: who may collect a child, kiosk check-outs held for a teacher, the teacher's decision, and
// the ratio from duty sign-ins. Monday 23 November 2026, closing 18:30 (the default).
import { describe, expect, it } from 'vitest';
import { holdReason } from '../../../electron/services/room/leave';
import type { Input } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';
import { HEADER, row, xlsx } from '../children/childImportFiles';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function room() {
  const t = await createTestApp({ clock: testClock('2026-11-23T15:00:00+08:00') });
  const teacher = await t.signIn('teacher', '王老师');
  return { t, teacher };
}

/** A child in the room, with her grandmother, her uncle and her father (who may not collect her). */
async function childIn(t: TestApp, overrides: Partial<Input<'children.create'>> = {}) {
  const child = await t.ok(t.admin, 'children.create', childInput({ guardianName: '陈桂兰', guardianRelation: 'grandmother', ...overrides }));
  const [grandma] = await t.ok(t.admin, 'collectors.list', { childId: child.id });
  const list = await t.ok(t.admin, 'collectors.save', {
    childId: child.id,
    collectors: [
      { name: grandma.name, relation: 'grandmother', phone: grandma.phone },
      { name: '陈建军', relation: 'uncle', phone: '13911112222' },
      { name: '刘强', relation: 'father', mayCollect: false, note: '法院判决：不得接走' },
    ],
  });
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
  return { child, grandma: list[0], uncle: list[1], father: list[2] };
}

const openVisit = (t: TestApp, childId: number) => t.app.db.selectFrom('visit').selectAll().where('child_id', '=', childId).orderBy('id', 'desc').executeTakeFirstOrThrow();

describe('who may collect a child', () => {
  it('lists the guardian first by default, and keeps the order and the "may not collect" notes', async () => {
    const { t } = await room();
    const { child } = await childIn(t, { grade: 1, classNo: 1 });
    const list = await t.ok(t.admin, 'collectors.list', { childId: child.id });
    expect(list.map((c) => [c.name, c.relation, c.mayCollect, c.note])).toEqual([
      ['陈桂兰', 'grandmother', true, null],
      ['陈建军', 'uncle', true, null],
      ['刘强', 'father', false, '法院判决：不得接走'],
    ]);
    // An edit of the file does not bring the guardian back once the list is set.
    await t.ok(t.admin, 'children.update', { ...childInput({ guardianName: '陈桂兰', guardianRelation: 'grandmother', grade: 1, classNo: 1 }), id: child.id });
    expect(await t.ok(t.admin, 'collectors.list', { childId: child.id })).toHaveLength(3);
    // A file without a guardian starts with an empty list.
    const none = await t.ok(t.admin, 'children.create', childInput({ name: '李华', guardianName: null, guardianRelation: null, guardianPhone: null }));
    expect(await t.ok(t.admin, 'collectors.list', { childId: none.id })).toEqual([]);
    expect(errorOf(await t.call(t.admin, 'collectors.save', { childId: none.id, collectors: [{ name: ' ' }] }))).toMatchObject({ code: 'invalid_input' });
  });

  it('makes an imported child’s guardian her first collector', async () => {
    const { t } = await room();
    const file = await xlsx([[[...HEADER], row({ 学号: 'S100', 监护人姓名: '王桂芳', 监护人关系: '奶奶', 监护人电话: '13800001111' })]]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toMatchObject({ created: 1 });
    const [child] = (await t.ok(t.admin, 'children.list', {})).rows;
    expect((await t.ok(t.admin, 'collectors.list', { childId: child.id })).map((c) => [c.name, c.relation, c.phone, c.mayCollect])).toEqual([['王桂芳', 'grandmother', '13800001111', true]]);
  });

  it('shows the kiosk names and relations only: no phone, no note', async () => {
    const { t } = await room();
    const { child } = await childIn(t);
    const status = await t.ok(t.kiosk, 'kiosk.status', { childId: child.id });
    expect(status.collectors.map((c) => [c.name, c.relation])).toEqual([
      ['陈桂兰', 'grandmother'],
      ['陈建军', 'uncle'],
      ['刘强', 'father'],
    ]);
    expect(JSON.stringify(status)).not.toContain('13911112222');
    expect(JSON.stringify(status)).not.toContain('法院');
  });
});

describe('leaving at the kiosk', () => {
  it('holds leaving alone below the grade set in Settings (default: grades 1–2), and an unknown grade', () => {
    const facts = (grade: number | null) => ({ grade, deFactoUnsupported: false, collector: null });
    expect(holdReason('home_alone', facts(1), 3)).toBe('grade');
    expect(holdReason('home_alone', facts(2), 3)).toBe('grade');
    expect(holdReason('home_alone', facts(3), 3)).toBeNull();
    expect(holdReason('home_alone', facts(null), 3)).toBe('grade');
    expect(holdReason('home_alone', facts(3), 5)).toBe('grade');
    expect(holdReason('dormitory', facts(1), 3)).toBeNull();
    expect(holdReason('guardian', facts(1), 3)).toBeNull();
  });

  it('a first-grader tapping 自己回家 waits for a teacher; the room lists her; the teacher records grandmother collected', async () => {
    const { t, teacher } = await room();
    const { child, grandma } = await childIn(t, { name: '陈慧敏', grade: 1, classNo: 2 });
    t.at('2026-11-23T17:10:00+08:00');
    const held = await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'home_alone' });
    expect(held).toMatchObject({ action: 'held', name: '陈慧敏' });
    // Tapping again, even 回宿舍, changes nothing until the teacher decides.
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'dormitory' })).toMatchObject({ action: 'held' });
    const status = await t.ok(teacher, 'checkins.room', {});
    expect(status.headCount).toBe(1);
    expect(status.waiting).toMatchObject([{ childName: '陈慧敏', request: 'home_alone', reason: 'grade', heldAt: '2026-11-23T17:10:00+08:00' }]);
    expect(status.waiting[0].collectors.map((c) => c.name)).toEqual(['陈桂兰', '陈建军', '刘强']);

    t.at('2026-11-23T17:14:00+08:00');
    const visit = await openVisit(t, child.id);
    const out = await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectorId: grandma.id });
    expect(out).toMatchObject({
      checkoutMethod: 'staff',
      checkedOutBy: '王老师',
      leaveMode: 'guardian',
      collectedBy: '陈桂兰',
      leaveRequest: 'home_alone',
      leaveHeldAt: '2026-11-23T17:10:00+08:00',
    });
    expect((await t.ok(teacher, 'checkins.room', {})).waiting).toEqual([]);
    const log = await t.app.db.selectFrom('audit_log').select(['action', 'details']).where('row_id', '=', visit.id).where('table_name', '=', 'visit').orderBy('id').execute();
    expect(log.map((l) => l.action)).toEqual(['kiosk.checkIn', 'kiosk.leaveHeld', 'checkins.leaveDecision', 'checkins.leaveDecided']);
    expect(JSON.parse(log[3].details ?? '')).toEqual({ requested: 'home_alone', reason: 'grade', decided: 'guardian' });
    expect(JSON.stringify(log)).not.toContain('陈桂兰');
  });

  it('lets a third-grader go home alone at once, and holds her when flagged 事实无人抚养', async () => {
    const { t } = await room();
    const { child } = await childIn(t, { grade: 3, classNo: 1 });
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'home_alone' })).toMatchObject({ action: 'checked_out' });
    const row = await openVisit(t, child.id);
    expect(row).toMatchObject({ checkout_method: 'kiosk', leave_mode: 'home_alone', leave_request: 'home_alone', leave_held_at: null });

    const { child: alone } = await childIn(t, { name: '王芳', grade: 5, classNo: 1, deFactoUnsupported: true });
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: alone.id, leaveMode: 'home_alone' })).toMatchObject({ action: 'held' });
    expect(await openVisit(t, alone.id)).toMatchObject({ checked_out_at: null, leave_hold_reason: 'unsupported' });
    // The dormitory is never held, flag or not.
    const { child: boarder } = await childIn(t, { name: '赵磊', grade: 1, classNo: 1, deFactoUnsupported: true, boarding: true });
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: boarder.id, leaveMode: 'dormitory' })).toMatchObject({ action: 'checked_out' });
  });

  it('holds a child whose chosen collector may not collect her, and the teacher may not pick that person', async () => {
    const { t, teacher } = await room();
    const { child, uncle, father } = await childIn(t, { grade: 4, classNo: 2 });
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'guardian', collectorId: father.id })).toMatchObject({ action: 'held' });
    const visit = await openVisit(t, child.id);
    expect(visit).toMatchObject({ leave_request: 'guardian', leave_request_by: '刘强', leave_hold_reason: 'excluded' });
    expect(errorOf(await t.call(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectorId: father.id }))).toEqual({
      code: 'conflict',
      details: { entity: 'may_not_collect' },
    });
    expect((await t.ok(teacher, 'checkins.room', {})).waiting).toHaveLength(1);
    // Another child's collector is not hers.
    const { uncle: otherUncle } = await childIn(t, { name: '李华' });
    expect(errorOf(await t.call(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectorId: otherUncle.id }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['collectorId'], code: 'not_found' }] },
    });
    expect(await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectorId: uncle.id })).toMatchObject({
      collectedBy: '陈建军',
    });
    // Her uncle, who may collect, lets a second child go at once.
    const { child: second, uncle: hers } = await childIn(t, { name: '张小红' });
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: second.id, leaveMode: 'guardian', collectorId: hers.id })).toMatchObject({ action: 'checked_out' });
    expect(await openVisit(t, second.id)).toMatchObject({ collected_by: '陈建军', checkout_method: 'kiosk' });
  });

  it('keeps a held child listed past closing time, and a new day closes her visit', async () => {
    const { t, teacher } = await room();
    const { child } = await childIn(t, { grade: 2, classNo: 1 });
    const { child: other } = await childIn(t, { name: '李华', grade: 5 });
    t.at('2026-11-23T18:20:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'home_alone' });
    t.at('2026-11-23T18:45:00+08:00');
    const after = await t.ok(teacher, 'checkins.room', {});
    expect(after.present.map((v) => v.childName)).toEqual(['张小明']);
    expect(after.waiting.map((w) => w.childName)).toEqual(['张小明']);
    expect((await openVisit(t, other.id)).checkout_method).toBe('auto');
    // Tuesday morning: Monday's held visit is closed at Monday's closing, her request and hold kept.
    t.at('2026-11-24T07:50:00+08:00');
    const next = await t.ok(teacher, 'checkins.room', {});
    expect(next.waiting).toEqual([]);
    expect(await openVisit(t, child.id)).toMatchObject({
      checkout_method: 'auto',
      checked_out_at: '2026-11-23T18:30:00+08:00',
      leave_request: 'home_alone',
      leave_hold_reason: 'grade',
    });
  });
});

describe('the ratio from duty sign-ins', () => {
  it('counts teachers signed in today and not out; yesterday’s forgotten sign-in does not count', async () => {
    const { t, teacher } = await room();
    await t.ok(t.admin, 'settings.update', { childrenPerTeacher: 1 });
    await childIn(t);
    expect(await t.ok(teacher, 'checkins.room', {})).toMatchObject({ teachersOnDuty: 0, dutyTeachers: [], overRatio: true });
    await t.ok(teacher, 'duty.signIn', { pin: '2468' });
    expect(await t.ok(teacher, 'checkins.room', {})).toMatchObject({ teachersOnDuty: 1, dutyTeachers: ['王老师'], overRatio: false });
    t.at('2026-11-24T15:00:00+08:00');
    const room2 = await t.ok(teacher, 'checkins.room', {});
    expect(room2).toMatchObject({ teachersOnDuty: 0, headCount: 0 });
  });
});
