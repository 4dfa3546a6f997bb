import { describe, expect, it } from 'vitest';
import { createAudit } from '../../../electron/services/audit';
import { createActivitiesService } from '../../../electron/services/activities';
import { createClock } from '../../../electron/services/deps';
import type { Input } from '../../../shared/contract';
import { PAGE_MAX } from '../../../shared/validation';
import { type TestApp } from '../helpers';

import { errorOf, weekend, group, conflict, fieldError, room, type ActivityInput } from './activitiesRoom';

describe('signing up: places and the waiting list', () => {
  it('fills the places, then queues in order, and counts both', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const [a, b, c, d] = [await r.child('张小明'), await r.child('李华'), await r.child('王芳'), await r.child('赵磊')];
    for (const childId of [a, b, c, d]) await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId, activityId: id });
    expect(await r.statuses(id)).toEqual([
      [a, 'enrolled', null],
      [b, 'enrolled', null],
      [c, 'waiting', 1],
      [d, 'waiting', 2],
    ]);
    expect((await r.t.ok(r.teacher, 'activities.list', {}))[0]).toMatchObject({ id, enrolled: 2, waiting: 2 });
    expect(await r.t.ok(r.t.kiosk, 'kiosk.activities', { childId: d })).toEqual([expect.objectContaining({ id, spotsLeft: 0, mine: { status: 'waiting', position: 2 } })]);
    const audit = await r.t.app.db.selectFrom('audit_log').select('details').where('action', 'like', 'activities.%').execute();
    expect(audit).toHaveLength(5);
    expect(JSON.stringify(audit)).not.toMatch(/张小明|李华|王芳|赵磊/);
  });

  it('moves the first waiting child up when an enrolled child cancels, and no one when a waiting child does', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const [a, b, c, d] = [await r.child('张小明'), await r.child('李华'), await r.child('王芳'), await r.child('赵磊')];
    for (const childId of [a, b, c, d]) await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId, activityId: id });
    r.at('2026-11-24T10:00:00+08:00');
    expect(await r.t.ok(r.t.kiosk, 'kiosk.cancelSignUp', { childId: a, activityId: id })).toMatchObject({ spotsLeft: 0, mine: null });
    expect(await r.statuses(id)).toEqual([
      [b, 'enrolled', null],
      [c, 'enrolled', null],
      [d, 'waiting', 1],
      [a, 'cancelled', null],
    ]);
    const promoted = await r.t.app.db.selectFrom('activity_signup').selectAll().where('child_id', '=', c).executeTakeFirstOrThrow();
    expect(promoted.promoted_at).toBe('2026-11-24T10:00:00+08:00');

    await r.t.ok(r.t.kiosk, 'kiosk.cancelSignUp', { childId: d, activityId: id });
    expect(await r.statuses(id)).toEqual([
      [b, 'enrolled', null],
      [c, 'enrolled', null],
      [a, 'cancelled', null],
      [d, 'cancelled', null],
    ]);
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.cancelSignUp', { childId: d, activityId: id }))).toEqual(conflict('not_signed_up'));
  });

  it('lets a teacher remove a child: the first waiting moves up and is returned', async () => {
    const r = await room();
    const id = await r.activity(weekend({ capacity: 1 }));
    const [a, b, c] = [await r.child('张小明'), await r.child('李华'), await r.child('王芳')];
    const first = await r.t.ok(r.teacher, 'activities.enrol', { childId: a, activityId: id });
    await r.t.ok(r.teacher, 'activities.enrol', { childId: b, activityId: id });
    const third = await r.t.ok(r.teacher, 'activities.enrol', { childId: c, activityId: id });
    expect(third).toMatchObject({ status: 'waiting', position: 2, via: 'staff', childName: '王芳' });

    const out = await r.t.ok(r.teacher, 'activities.remove', { signupId: first.id });
    expect(out.removed).toMatchObject({ id: first.id, status: 'removed' });
    expect(out.promoted).toMatchObject({ childId: b, status: 'enrolled', position: null, promotedAt: '2026-11-23T10:00:00+08:00' });
    const row = await r.t.app.db.selectFrom('activity_signup').selectAll().where('id', '=', first.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ staff_id: r.teacher.staffId, closed_at: '2026-11-23T10:00:00+08:00' });

    expect((await r.t.ok(r.teacher, 'activities.remove', { signupId: third.id })).promoted).toBeNull();
    expect(errorOf(await r.t.call(r.teacher, 'activities.remove', { signupId: third.id }))).toEqual(conflict('not_signed_up'));
    expect(errorOf(await r.t.call(r.teacher, 'activities.remove', { signupId: 999 }))).toEqual({ code: 'not_found', details: { entity: 'signup' } });
  });

  it('promotes exactly as many as places freed when two cancel in one transaction', async () => {
    const r = await room();
    const id = await r.activity(weekend({ capacity: 2 }));
    const kids = [await r.child('张小明'), await r.child('李华'), await r.child('王芳'), await r.child('赵磊'), await r.child('孙丽')];
    for (const childId of kids) await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId, activityId: id });
    await r.t.app.db.transaction().execute(async (trx) => {
      const clock = createClock(r.t.clock.now, 'Asia/Shanghai');
      const actor = { role: 'kiosk' as const, staffId: null, staffName: null };
      const service = createActivitiesService({ db: trx, clock, audit: createAudit(trx, clock, actor), actor });
      await service.kioskCancel({ childId: kids[0], activityId: id });
      await service.kioskCancel({ childId: kids[1], activityId: id });
    });
    const [a, b, c, d, e] = kids;
    expect(await r.statuses(id)).toEqual([
      [c, 'enrolled', null],
      [d, 'enrolled', null],
      [e, 'waiting', 1],
      [a, 'cancelled', null],
      [b, 'cancelled', null],
    ]);
  });
});

describe('signing up: the rules', () => {
  it('keeps the kiosk to the sign-up window; a teacher may enrol outside it', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const [a, b] = [await r.child('张小明'), await r.child('李华')];
    r.at('2026-11-20T07:59:00+08:00');
    expect(errorOf(await r.signUp(a, id))).toEqual(conflict('signup_closed'));
    r.at('2026-11-27T18:01:00+08:00');
    expect(errorOf(await r.signUp(a, id))).toEqual(conflict('signup_closed'));
    expect(await r.t.ok(r.teacher, 'activities.enrol', { childId: a, activityId: id })).toMatchObject({ status: 'enrolled' });
    r.at('2026-11-27T18:00:00+08:00');
    expect(await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: b, activityId: id })).toMatchObject({ mine: { status: 'enrolled', position: null } });
  });

  it('allows only the grades set, for the teacher too', async () => {
    const r = await room();
    const id = await r.activity(weekend({ gradeFrom: 3, gradeTo: 5, capacity: 5 }));
    const [young, old, ok3, ok5] = [await r.child('张小明', 2), await r.child('李华', 6), await r.child('王芳', 3), await r.child('赵磊', 5)];
    expect(errorOf(await r.signUp(young, id))).toEqual(conflict('grade_not_allowed'));
    expect(errorOf(await r.signUp(old, id))).toEqual(conflict('grade_not_allowed'));
    // The teacher is told about the child, not "your grade".
    expect(errorOf(await r.t.call(r.teacher, 'activities.enrol', { childId: old, activityId: id }))).toEqual(conflict('grade_not_allowed_child'));
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: ok3, activityId: id });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: ok5, activityId: id });
    expect((await r.statuses(id)).map((s) => s[0])).toEqual([ok3, ok5]);
  });

  it('refuses a child whose grade the roster left unknown from a grade-limited activity, not from an open one', async () => {
    const r = await room();
    const limited = await r.activity(weekend({ gradeFrom: 3, gradeTo: 5, capacity: 5 }));
    const open = await r.activity(weekend({ date: '2026-11-29', capacity: 5 }));
    const unknown = (await r.t.ok(r.t.admin, 'children.create', { name: '石磊' })).id;
    expect(errorOf(await r.signUp(unknown, limited))).toEqual(conflict('grade_not_allowed'));
    expect(await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: unknown, activityId: open })).toMatchObject({ mine: { status: 'enrolled' } });
  });

  it('refuses a second live sign-up, but not one after cancelling', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const a = await r.child('张小明');
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: a, activityId: id });
    expect(errorOf(await r.signUp(a, id))).toEqual(conflict('already_signed_up'));
    expect(errorOf(await r.t.call(r.teacher, 'activities.enrol', { childId: a, activityId: id }))).toEqual(conflict('already_signed_up'));
    await r.t.ok(r.t.kiosk, 'kiosk.cancelSignUp', { childId: a, activityId: id });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: a, activityId: id });
  });

  it('refuses an activity at the same time as one she holds: weekend/weekend, group/group, weekend/group', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const clash = async (first: ActivityInput, second: ActivityInput) => {
      const child = await r.child(`孩子${first.title}${second.title}`);
      await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: child, activityId: await r.activity(first) });
      const result = await r.signUp(child, await r.activity(second));
      return result.ok ? 'ok' : result.error.details?.entity;
    };
    expect(await clash(weekend({ title: 'a' }), weekend({ title: 'b', startTime: '10:00', endTime: '12:00' }))).toBe('time_overlap');
    expect(await clash(weekend({ title: 'c' }), weekend({ title: 'd', startTime: '11:00', endTime: '12:00' }))).toBe('ok');
    const held = await r.child('赵磊');
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: held, activityId: await r.activity(weekend({ title: 'v' })) });
    const same = await r.activity(weekend({ title: 'w', startTime: '10:00', endTime: '12:00' }));
    expect(errorOf(await r.t.call(r.teacher, 'activities.enrol', { childId: held, activityId: same }))).toEqual(conflict('time_overlap_child'));
    expect(await clash(weekend({ title: 'e' }), weekend({ title: 'f', date: '2026-11-29' }))).toBe('ok');
    expect(await clash(group({ title: 'g' }), group({ title: 'h', startTime: '15:30', endTime: '16:30' }))).toBe('time_overlap');
    expect(await clash(group({ title: 'i' }), group({ title: 'j', weekday: 4 }))).toBe('ok');
    expect(await clash(group({ title: 'k' }), group({ title: 'l', termStart: '2027-02-20', termEnd: '2027-06-30' }))).toBe('ok');
    // 28 November 2026 is a Saturday (weekday 6).
    expect(await clash(group({ title: 'm', weekday: 6, startTime: '10:00', endTime: '11:30' }), weekend({ title: 'n' }))).toBe('time_overlap');
    expect(await clash(weekend({ title: 'o' }), group({ title: 'p', weekday: 6, startTime: '10:00', endTime: '11:30' }))).toBe('time_overlap');
    expect(await clash(weekend({ title: 'q' }), group({ title: 'r', weekday: 7, startTime: '10:00', endTime: '11:30' }))).toBe('ok');
    expect(await clash(weekend({ title: 's' }), group({ title: 't', weekday: 6, startTime: '10:00', endTime: '11:30', termStart: '2026-12-01' }))).toBe('ok');
    // A cancelled place does not block.
    const x = await r.activity(weekend({ title: 'u' }));
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: a, activityId: x });
    await r.t.ok(r.t.kiosk, 'kiosk.cancelSignUp', { childId: a, activityId: x });
    expect((await r.signUp(a, await r.activity(weekend({ title: 'v' })))).ok).toBe(true);
  });

  it('refuses an archived or unknown child and an archived or unknown activity', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const gone = await r.activity(weekend({ title: '已取消' }));
    await r.t.ok(r.t.admin, 'activities.archive', { id: gone });
    const left = await r.child('李华');
    await r.t.ok(r.t.admin, 'children.archive', { id: left, reason: '转学' });
    for (const childId of [left, 999]) expect(errorOf(await r.signUp(childId, id))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    const a = await r.child('张小明');
    for (const activityId of [gone, 999]) {
      expect(errorOf(await r.signUp(a, activityId))).toEqual({ code: 'not_found', details: { entity: 'activity' } });
      expect(errorOf(await r.t.call(r.teacher, 'activities.enrol', { childId: a, activityId }))).toEqual({
        code: 'not_found',
        details: { entity: 'activity' },
      });
    }
    expect(errorOf(await r.t.call(r.t.admin, 'activities.archive', { id: gone }))).toEqual(conflict('already_archived'));
  });
});

describe('the catalogue', () => {
  it('checks the teacher, keeps capacity above the enrolled count, and moves the list up when it grows', async () => {
    const r = await room();
    const archived = await r.t.ok(r.t.admin, 'staff.create', { name: '离职老师', role: 'teacher', pin: '2468' });
    await r.t.ok(r.t.admin, 'staff.archive', { id: archived.id });
    for (const teacherId of [archived.id, 999]) {
      expect(errorOf(await r.t.call(r.t.admin, 'activities.create', weekend({ teacherId })))).toEqual(fieldError('teacherId', 'not_found'));
    }
    const created = await r.t.ok(r.t.admin, 'activities.create', weekend({ teacherId: r.teacher.staffId }));
    expect(created).toMatchObject({ teacherName: '王老师', enrolled: 0, waiting: 0, weekday: null, termStart: null });
    const kids = [await r.child('张小明'), await r.child('李华'), await r.child('王芳')];
    for (const childId of kids) await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId, activityId: created.id });
    expect(errorOf(await r.t.call(r.t.admin, 'activities.update', { id: created.id, activity: weekend({ capacity: 1 }) }))).toEqual(fieldError('capacity', 'range'));
    expect(await r.t.ok(r.t.admin, 'activities.update', { id: created.id, activity: weekend({ capacity: 3, title: '剪纸' }) })).toMatchObject({
      title: '剪纸',
      capacity: 3,
      enrolled: 3,
      waiting: 0,
    });
  });
});

describe('attendance', () => {
  it('lists the enrolled children, marks and re-marks them, and counts', async () => {
    const r = await room();
    const id = await r.activity(group({ capacity: 2 }));
    const [a, b, c] = [await r.child('张小明', 3), await r.child('李华', 5), await r.child('王芳')];
    for (const childId of [a, b, c]) await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId, activityId: id });
    const date = '2026-11-25'; // a Wednesday in the term
    expect(await r.t.ok(r.teacher, 'activities.attendance', { activityId: id, date })).toEqual({
      activityId: id,
      date,
      enrolled: 2,
      attended: 0,
      rows: [
        { childId: a, childName: '张小明', grade: 3, classNo: 2, present: null },
        { childId: b, childName: '李华', grade: 5, classNo: 2, present: null },
      ],
    });
    await r.t.ok(r.teacher, 'activities.markAttendance', { activityId: id, date, childId: a, present: true });
    await r.t.ok(r.teacher, 'activities.markAttendance', { activityId: id, date, childId: b, present: true });
    const sheet = await r.t.ok(r.teacher, 'activities.markAttendance', { activityId: id, date, childId: b, present: false });
    expect(sheet.rows.map((x) => x.present)).toEqual([true, false]);
    expect([sheet.enrolled, sheet.attended]).toEqual([2, 1]);
    expect(await r.t.app.db.selectFrom('activity_attendance').selectAll().execute()).toHaveLength(2);
    // Another week's sheet starts empty.
    expect((await r.t.ok(r.teacher, 'activities.attendance', { activityId: id, date: '2026-12-02' })).attended).toBe(0);

    expect(errorOf(await r.t.call(r.teacher, 'activities.markAttendance', { activityId: id, date, childId: c, present: true }))).toEqual(fieldError('childId', 'not_found'));
    for (const bad of ['2026-11-26', '2027-01-20']) {
      // A conflict with its own words: as a field error it read "check the red fields" with nothing red.
      expect(errorOf(await r.t.call(r.teacher, 'activities.markAttendance', { activityId: id, date: bad, childId: a, present: true }))).toEqual(conflict('not_a_session_day'));
    }
    const sat = await r.activity(weekend());
    await r.t.ok(r.teacher, 'activities.enrol', { childId: a, activityId: sat });
    expect(errorOf(await r.t.call(r.teacher, 'activities.markAttendance', { activityId: sat, date: '2026-11-29', childId: a, present: true }))).toEqual(conflict('not_a_session_day'));
    expect((await r.t.ok(r.teacher, 'activities.markAttendance', { activityId: sat, date: '2026-11-28', childId: a, present: true })).attended).toBe(1);
  });
});

describe('who is in no group', () => {
  it('lists active children with no live place in a group running now', async () => {
    const r = await room();
    const now = await r.activity(group());
    const later = await r.activity(group({ title: '合唱', weekday: 5, termStart: '2027-02-20', termEnd: '2027-06-30', signupOpensAt: '2026-11-01T08:00:00+08:00' }));
    const sat = await r.activity(weekend());
    const [inGroup, waiting, cancelled, laterOnly, weekendOnly, none, left] = [
      await r.child('张小明'),
      await r.child('李华'),
      await r.child('王芳'),
      await r.child('赵磊'),
      await r.child('孙丽'),
      await r.child('周杰'),
      await r.child('吴敏'),
    ];
    await r.t.ok(r.t.admin, 'activities.update', { id: now, activity: group({ capacity: 1 }) });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: inGroup, activityId: now });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: waiting, activityId: now });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: cancelled, activityId: now });
    await r.t.ok(r.t.kiosk, 'kiosk.cancelSignUp', { childId: cancelled, activityId: now });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: laterOnly, activityId: later });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: weekendOnly, activityId: sat });
    await r.t.ok(r.t.admin, 'children.archive', { id: left, reason: '转学' });
    const ids = async () => {
      const page = await r.t.ok(r.teacher, 'activities.notInGroup', {});
      expect(page.total).toBe(page.rows.length);
      return page.rows.map((c) => c.id).sort((x, y) => x - y);
    };
    expect(await ids()).toEqual([cancelled, laterOnly, weekendOnly, none].sort((x, y) => x - y));
    // Once the autumn term is over its group no longer counts; the spring one has not begun.
    r.at('2027-01-16T10:00:00+08:00');
    expect(await ids()).toEqual([inGroup, waiting, cancelled, laterOnly, weekendOnly, none].sort((x, y) => x - y));
    r.at('2026-11-23T10:00:00+08:00');
    await r.t.ok(r.t.admin, 'activities.archive', { id: now });
    expect(await ids()).toEqual([inGroup, waiting, cancelled, laterOnly, weekendOnly, none].sort((x, y) => x - y));
  });

  it('pages them in class order with the total for the pager, and drops a child once she joins', async () => {
    const r = await room();
    const grp = await r.activity(group({ capacity: 1 }));
    const made: number[] = [];
    for (let i = 0; i < 7; i++) made.push(await r.child(`学生${'一二三四五六七'[i]}`, 7 - i));
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: made[2], activityId: grp });
    const pages = [];
    for (let offset = 0; offset < 9; offset += 3) pages.push(await r.t.ok(r.teacher, 'activities.notInGroup', { offset, limit: 3 }));
    expect(pages.map((p) => p.total)).toEqual([6, 6, 6]);
    // Made into grades 7 down to 1: class order is the reverse of the order they were made in.
    expect(pages.flatMap((p) => p.rows.map((c) => c.id))).toEqual(made.filter((id) => id !== made[2]).reverse());
    await r.t.ok(r.teacher, 'activities.enrol', { activityId: grp, childId: made[0] });
    const after = await r.t.ok(r.teacher, 'activities.notInGroup', { offset: 3, limit: 3 });
    expect(after).toMatchObject({ total: 5, rows: [{ id: made[3] }, { id: made[1] }] });
    expect(errorOf(await r.t.call(r.teacher, 'activities.notInGroup', { limit: PAGE_MAX + 1 })).code).toBe('invalid_input');
    expect(errorOf(await r.t.call(r.teacher, 'activities.notInGroup', { offset: -1 })).code).toBe('invalid_input');
  });
});

describe('the kiosk view', () => {
  it('shows what she may join and what she holds, nothing over, closed or for other grades, and no names', async () => {
    const r = await room();
    const a = await r.child('张小明', 4);
    const other = await r.child('李华', 4);
    const sat = await r.activity(weekend({ title: '手工' }));
    const grp = await r.activity(group({ title: '书法' }));
    await r.activity(weekend({ title: '高年级', gradeFrom: 5 }));
    await r.activity(weekend({ title: '未开放', signupOpensAt: '2026-11-24T08:00:00+08:00' }));
    await r.activity(weekend({ title: '已结束', date: '2026-11-22' }));
    const held = await r.activity(weekend({ title: '已报名', date: '2026-11-29', signupClosesAt: '2026-11-23T12:00:00+08:00' }));
    const gone = await r.activity(weekend({ title: '已撤销' }));
    await r.t.ok(r.t.admin, 'activities.archive', { id: gone });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: a, activityId: held });
    await r.t.ok(r.t.kiosk, 'kiosk.signUp', { childId: other, activityId: sat });
    r.at('2026-11-23T13:00:00+08:00');
    const list = await r.t.ok(r.t.kiosk, 'kiosk.activities', { childId: a });
    expect(list.map((x) => [x.id, x.spotsLeft, x.mine?.status ?? null])).toEqual([
      [sat, 1, null],
      [held, 1, 'enrolled'],
      [grp, 10, null],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/张小明|李华/);
    r.at('2026-11-30T10:00:00+08:00');
    expect((await r.t.ok(r.t.kiosk, 'kiosk.activities', { childId: a })).map((x) => x.id)).toEqual([grp]);
  });
});

describe('roles', () => {
  it('forbids every activities.* method at the kiosk, and the catalogue to teachers', async () => {
    const r = await room();
    const id = await r.activity(weekend());
    const inputs: { [M in Extract<Parameters<TestApp['call']>[1], `activities.${string}`>]: Input<M> } = {
      'activities.list': {},
      'activities.get': { id },
      'activities.create': weekend(),
      'activities.update': { id, activity: weekend() },
      'activities.archive': { id },
      'activities.enrol': { activityId: id, childId: 1 },
      'activities.remove': { signupId: 1 },
      'activities.attendance': { activityId: id, date: '2026-11-28' },
      'activities.markAttendance': { activityId: id, date: '2026-11-28', childId: 1, present: true },
      'activities.notInGroup': {},
    };
    for (const [method, input] of Object.entries(inputs)) {
      expect(errorOf(await r.t.call(r.t.kiosk, method as 'activities.list', input as Input<'activities.list'>))).toEqual({ code: 'forbidden' });
    }
    for (const method of ['activities.create', 'activities.update', 'activities.archive'] as const) {
      expect(errorOf(await r.t.call(r.teacher, method as 'activities.archive', inputs[method] as Input<'activities.archive'>))).toEqual({ code: 'forbidden' });
    }
    expect((await r.t.ok(r.teacher, 'activities.get', { id })).activity.archived).toBe(false);
  });
});
