import { describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { childInput } from '../fixtures';
import { auditText, errorOf, room, talked } from './callsRoom';

const PHONES = ['13987654321', '13700001111', '13812345678'];
const DAY = 24 * 60;

describe('calls: booking', () => {
  it('lets a child book at the kiosk, showing relation and place but no phone number', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const status = await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother });
    expect(status.booking).toEqual({ id: expect.any(Number), parentRelation: 'mother', channel: 'phone', position: 1, status: 'waiting' });
    for (const phone of PHONES) expect(JSON.stringify(status)).not.toContain(phone);
    const row = await r.t.app.db.selectFrom('call_booking').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ child_id: a.id, parent_id: a.mother, booked_by_staff_id: null, status: 'waiting', booked_at: '2026-11-23T10:00:00+08:00' });
    expect(await auditText(r.t)).toContain('calls.book');
  });

  it('lets a teacher book, answering with the queue entry and the number to dial', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    expect(entry).toMatchObject({
      position: 1,
      status: 'waiting',
      childId: a.id,
      parentRelation: 'father',
      parentName: '张建国',
      phone: '13987654321',
      callId: null,
    });
    const row = await r.t.app.db.selectFrom('call_booking').select('booked_by_staff_id').executeTakeFirstOrThrow();
    expect(row.booked_by_staff_id).toBe(r.teacherId);
    for (const phone of PHONES) expect(await auditText(r.t)).not.toContain(phone);
  });

  it('holds one active booking per child, at the kiosk and for teachers', async () => {
    const r = await room();
    const a = await r.child('张小明');
    await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.father }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_booked' },
    });
    expect(errorOf(await r.t.call(r.teacher, 'calls.book', { childId: a.id, parentId: a.father })).details?.entity).toBe('already_booked');
    await r.t.ok(r.t.kiosk, 'kiosk.cancelBooking', { childId: a.id });
    expect((await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.father })).booking?.parentRelation).toBe('father');
  });

  it("refuses another child's parent, a removed parent, a parent without a phone and an archived child", async () => {
    const r = await room();
    const a = await r.child('张小明');
    const b = await r.child('李小红');
    const wrong = { code: 'invalid_input', details: { issues: [{ path: ['parentId'], code: 'not_found' }] } };
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: b.mother }))).toEqual(wrong);
    await r.t.ok(r.t.admin, 'children.update', {
      ...childInput(),
      id: a.id,
      parents: [{ id: a.father, relation: 'father', name: '张建国', phone: '13987654321' }],
    });
    expect(errorOf(await r.t.call(r.teacher, 'calls.book', { childId: a.id, parentId: a.mother }))).toEqual(wrong);
    const c = await r.child('王小刚', { parents: [{ relation: 'father', name: '王大山', phone: null }] });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.bookCall', { childId: c.id, parentId: c.father }))).toEqual(wrong);
    await r.t.ok(r.t.admin, 'children.archive', { id: b.id, reason: '转学' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.bookCall', { childId: b.id, parentId: b.mother })).code).toBe('not_found');
    expect(await r.t.app.db.selectFrom('call_booking').select('id').execute()).toEqual([]);
  });

  it('cancels at the kiosk (waiting only) and by a teacher', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const b = await r.child('李小红');
    await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother });
    r.advance(2);
    const status = await r.t.ok(r.t.kiosk, 'kiosk.cancelBooking', { childId: a.id });
    expect(status.booking).toBeNull();
    const row = await r.t.app.db.selectFrom('call_booking').selectAll().where('child_id', '=', a.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'cancelled', closed_at: '2026-11-23T10:02:00+08:00' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.cancelBooking', { childId: a.id })).details?.entity).toBe('no_booking');

    const entry = await r.t.ok(r.teacher, 'calls.book', { childId: b.id, parentId: b.father });
    expect(await r.t.ok(r.teacher, 'calls.cancelBooking', { bookingId: entry.bookingId })).toEqual({ bookingId: entry.bookingId });
    expect(await r.t.ok(r.teacher, 'calls.queue', {})).toEqual([]);
    expect(errorOf(await r.t.call(r.teacher, 'calls.cancelBooking', { bookingId: entry.bookingId })).details?.entity).toBe('not_waiting');

    // Once the teacher is dialling, the child can no longer take it back at the kiosk.
    const again = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    await r.t.ok(r.teacher, 'calls.start', { bookingId: again.bookingId });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.cancelBooking', { childId: a.id })).details?.entity).toBe('call_in_progress');
    const status2 = await r.t.ok(r.t.kiosk, 'kiosk.status', { childId: a.id });
    expect(status2.booking).toMatchObject({ status: 'calling', position: 1 });
  });
});

describe('calls: the queue', () => {
  it('orders by fair rotation: calling first, never-talked first, most days without a talk, then booking time', async () => {
    const r = await room();
    const [a, b, c, d, e] = [await r.child('安安'), await r.child('贝贝'), await r.child('丛丛'), await r.child('丁丁'), await r.child('娥娥')];
    await talked(r, a, 3 * DAY);
    await talked(r, b, 14 * 60); // yesterday 20:00
    await talked(r, e, 25 * 60); // yesterday 09:00: earlier than b, but the same day, so booking time decides
    await talked(r, c, 60, 'no_answer'); // no answer is not a talk
    const ids = new Map<number, string>([
      [a.id, 'a'],
      [b.id, 'b'],
      [c.id, 'c'],
      [d.id, 'd'],
      [e.id, 'e'],
    ]);
    for (const x of [a, b, e, d, c]) {
      await r.t.ok(r.teacher, 'calls.book', { childId: x.id, parentId: x.mother });
      r.advance(1);
    }
    const queue = await r.t.ok(r.teacher, 'calls.queue', {});
    expect(queue.map((q) => ids.get(q.childId))).toEqual(['d', 'c', 'a', 'b', 'e']);
    expect(queue.map((q) => q.position)).toEqual([1, 2, 3, 4, 5]);
    expect(queue.map((q) => q.daysSinceAnyTalk)).toEqual([null, null, 3, 1, 1]);
    // Booked with the mother; the talks were with the father.
    expect(queue[2]).toMatchObject({ daysSinceTalkWithParent: null, phone: '13700001111', parentName: '李秀英' });

    const eEntry = queue[4];
    await r.t.ok(r.teacher, 'calls.start', { bookingId: eEntry.bookingId });
    const after = await r.t.ok(r.teacher, 'calls.queue', {});
    expect(after.map((q) => ids.get(q.childId))).toEqual(['e', 'd', 'c', 'a', 'b']);
    expect(after[0]).toMatchObject({ status: 'calling', position: 1, callId: expect.any(Number), callStartedAt: '2026-11-23T10:05:00+08:00' });
    // The kiosk shows each child the same place as the teacher's list.
    expect((await r.t.ok(r.t.kiosk, 'kiosk.status', { childId: a.id })).booking?.position).toBe(4);
  });

  it('counts whole days with the booked parent and with any parent', async () => {
    const r = await room();
    const a = await r.child('张小明');
    await talked(r, a, 2 * DAY);
    const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    expect(entry).toMatchObject({ daysSinceTalkWithParent: 2, daysSinceAnyTalk: 2 });
  });

  it("marks each parent's best time as good now or not, by the room's clock, across midnight; unknown text gets no mark", async () => {
    const r = await room('2026-12-02T16:30:00+08:00'); // a Wednesday afternoon
    const evening = await r.child('张小明'); // father: 晚上8点后
    const nightShift = await r.child('李华', { parents: [{ relation: 'father', name: '李强', phone: '13911112222', bestCallTime: '22:00-01:00' }] });
    const shifts = await r.child('王芳', { parents: [{ relation: 'mother', name: '刘梅', phone: '13922223333', bestCallTime: '看排班' }] });
    for (const c of [evening, nightShift, shifts]) await r.t.ok(r.teacher, 'calls.book', { childId: c.id, parentId: c.father || c.mother });
    const marks = async () => Object.fromEntries((await r.t.ok(r.teacher, 'calls.queue', {})).map((q) => [q.childName, [q.bestCallTime, q.goodTimeNow]]));
    expect(await marks()).toEqual({ 张小明: ['晚上8点后', false], 李华: ['22:00-01:00', false], 王芳: ['看排班', null] });
    r.at('2026-12-02T20:15:00+08:00');
    expect(await marks()).toMatchObject({ 张小明: ['晚上8点后', true], 李华: ['22:00-01:00', false] });
    r.at('2026-12-03T00:30:00+08:00');
    expect(await marks()).toMatchObject({ 张小明: ['晚上8点后', false], 李华: ['22:00-01:00', true] });
  });
});

describe('calls: start and finish', () => {
  it('starts a waiting booking and finishes it with the duration from the clock', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const booked = await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: a.id, parentId: a.mother });
    const bookingId = booked.booking?.id ?? 0;
    const started = await r.t.ok(r.teacher, 'calls.start', { bookingId });
    expect(started).toMatchObject({ status: 'calling', callStartedAt: '2026-11-23T10:00:00+08:00' });
    r.advance(7.5);
    const record = await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome: 'talked', note: '妈妈说过年回家' });
    expect(record).toMatchObject({
      childId: a.id,
      childName: '张小明',
      parentRelation: 'mother',
      parentName: '李秀英',
      staffName: '王老师',
      booked: true,
      startedAt: '2026-11-23T10:00:00+08:00',
      endedAt: '2026-11-23T10:07:30+08:00',
      durationSeconds: 450,
      outcome: 'talked',
      note: '妈妈说过年回家',
    });
    const booking = await r.t.app.db.selectFrom('call_booking').selectAll().executeTakeFirstOrThrow();
    expect(booking).toMatchObject({ status: 'done', closed_at: '2026-11-23T10:07:30+08:00' });
    expect(await r.t.ok(r.teacher, 'calls.queue', {})).toEqual([]);
    expect(errorOf(await r.t.call(r.teacher, 'calls.finish', { callId: record.id, outcome: 'busy' }))).toEqual({
      code: 'conflict',
      details: { entity: 'call_finished' },
    });
    expect(errorOf(await r.t.call(r.teacher, 'calls.start', { bookingId })).details?.entity).toBe('not_waiting');
    const audit = await auditText(r.t);
    expect(audit).toContain('calls.finish');
    expect(audit).not.toContain('过年');
  });

  it('records the other outcomes, which do not count as a talk', async () => {
    const r = await room();
    const a = await r.child('张小明');
    for (const outcome of ['no_answer', 'busy', 'wrong_number'] as const) {
      const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
      const started = await r.t.ok(r.teacher, 'calls.start', { bookingId: entry.bookingId });
      r.advance(1);
      expect((await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome })).outcome).toBe(outcome);
    }
    const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    expect(entry.daysSinceAnyTalk).toBeNull();
    expect((await r.t.ok(r.teacher, 'calls.overdue', { days: 30 })).rows.map((c) => c.childId)).toEqual([a.id]);
  });

  it('allows one call on the phone at a time', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const b = await r.child('李小红');
    const ea = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.father });
    const eb = await r.t.ok(r.teacher, 'calls.book', { childId: b.id, parentId: b.father });
    const started = await r.t.ok(r.teacher, 'calls.start', { bookingId: ea.bookingId });
    expect(errorOf(await r.t.call(r.teacher, 'calls.start', { bookingId: eb.bookingId }))).toEqual({
      code: 'conflict',
      details: { entity: 'phone_in_progress' },
    });
    await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome: 'talked' });
    expect((await r.t.ok(r.teacher, 'calls.start', { bookingId: eb.bookingId })).status).toBe('calling');
  });
});

describe('calls: log and history', () => {
  it('logs an unbooked call that ended a while ago, to a parent without a phone too', async () => {
    const r = await room();
    const a = await r.child('张小明', { parents: [{ relation: 'father', name: '张建国', phone: null }] });
    const record = await r.t.ok(r.teacher, 'calls.log', {
      childId: a.id,
      parentId: a.father,
      outcome: 'talked',
      durationMinutes: 5,
      endedMinutesAgo: 30,
      note: '用奶奶手机打的',
    });
    expect(record).toMatchObject({
      booked: false,
      staffName: '王老师',
      parentName: '张建国',
      outcome: 'talked',
      durationSeconds: 300,
      startedAt: '2026-11-23T09:25:00+08:00',
      endedAt: '2026-11-23T09:30:00+08:00',
      note: '用奶奶手机打的',
    });
    const b = await r.child('李小红');
    expect(errorOf(await r.t.call(r.teacher, 'calls.log', { childId: a.id, parentId: b.father, outcome: 'talked', durationMinutes: 1 })).code).toBe('invalid_input');
    expect(await auditText(r.t)).not.toContain('奶奶');
  });

  it('lists calls newest first, per child, up to the limit', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const b = await r.child('李小红');
    const first = await talked(r, a, 3 * 60);
    const second = await talked(r, b, 2 * 60);
    const third = await talked(r, a, 60, 'no_answer');
    expect((await r.t.ok(r.teacher, 'calls.history', {})).map((c) => c.id)).toEqual([third.id, second.id, first.id]);
    expect((await r.t.ok(r.teacher, 'calls.history', { childId: a.id })).map((c) => c.id)).toEqual([third.id, first.id]);
    expect((await r.t.ok(r.teacher, 'calls.history', { limit: 1 })).map((c) => c.id)).toEqual([third.id]);
  });
});

describe('calls: the once-a-month list', () => {
  it('counts days in the room calendar across a month end: 29 days is not overdue, 30 is', async () => {
    // 07:00 in Shanghai is still the previous day in UTC: only local dates give the right count.
    const r = await room('2026-10-16T07:00:00+08:00');
    const a = await r.child('安安', { surrogateStaffId: r.teacherId });
    const never = await r.child('贝贝');
    await talked(r, a, 0);
    r.at('2026-11-10T10:00:00+08:00');
    const recent = await r.child('丛丛');
    await talked(r, recent, 0);
    await r.t.ok(r.t.kiosk, 'kiosk.bookCall', { childId: never.id, parentId: never.father });

    r.at('2026-11-14T09:00:00+08:00'); // 29 local days (30 by UTC dates)
    expect((await r.t.ok(r.teacher, 'calls.overdue', { days: 30 })).rows.map((c) => c.childId)).toEqual([never.id]);

    r.at('2026-11-15T06:00:00+08:00'); // 30 local days, though only 29 days 23 hours
    const { rows, total } = await r.t.ok(r.teacher, 'calls.overdue', {});
    expect(total).toBe(2);
    expect(rows.map((c) => [c.childId, c.daysSinceTalk])).toEqual([
      [never.id, null],
      [a.id, 30],
    ]);
    expect(rows[0]).toMatchObject({ hasBooking: true, lastTalkAt: null, childName: '贝贝' });
    expect(rows[1]).toMatchObject({
      hasBooking: false,
      surrogateName: '王老师',
      lastTalkAt: '2026-10-16T07:00:00+08:00',
      parents: [
        { id: a.father, relation: 'father', name: '张建国', hasPhone: true },
        { id: a.mother, relation: 'mother', name: '李秀英', hasPhone: true },
      ],
    });
  });

  it('pages the list in its order: never first, then most days, then the class list; archived children left out', async () => {
    const r = await room('2026-09-01T10:00:00+08:00');
    const make = (name: string, grade: number) => r.child(name, { grade, classNo: 1 });
    // Three who never talked (by class: grade 2 before grade 3), two who talked 60 and 40 days ago,
    // one who talked 40 days ago in a lower grade, one who talked yesterday, one archived.
    const never3 = await make('丁丁', 3);
    const never2b = await make('乙乙', 2);
    const never2a = await make('甲甲', 2);
    const long = await make('戊戊', 4);
    const mid4 = await make('己己', 4);
    const mid1 = await make('庚庚', 1);
    const recent = await make('辛辛', 1);
    const gone = await make('壬壬', 1);
    await talked(r, long, 0);
    r.at('2026-09-21T10:00:00+08:00');
    await talked(r, mid4, 0);
    await talked(r, mid1, 0);
    r.at('2026-10-30T10:00:00+08:00');
    await talked(r, recent, 24 * 60);
    await r.t.ok(r.t.admin, 'children.archive', { id: gone.id, reason: '转学' });

    const order = [never2a.id, never2b.id, never3.id, long.id, mid1.id, mid4.id];
    const pages = [];
    for (let offset = 0; offset < 8; offset += 4) pages.push(await r.t.ok(r.teacher, 'calls.overdue', { days: 30, offset, limit: 4 }));
    expect(pages.map((p) => p.total)).toEqual([6, 6]);
    expect(pages.flatMap((p) => p.rows.map((c) => c.childId))).toEqual(order);
    expect(pages[1].rows.map((c) => c.daysSinceTalk)).toEqual([39, 39]);
    // A page past the end (the list shrank while it was open) is empty but still knows the length.
    expect(await r.t.ok(r.teacher, 'calls.overdue', { days: 30, offset: 40, limit: 4 })).toEqual({ rows: [], total: 6 });
    expect(errorOf(await r.t.call(r.teacher, 'calls.overdue', { days: 30, limit: 201 })).code).toBe('invalid_input');
    expect(errorOf(await r.t.call(r.teacher, 'calls.overdue', { days: 30, offset: -1 })).code).toBe('invalid_input');
  });
});

describe('calls: roles', () => {
  it('refuses every calls.* method to the kiosk and writes nothing', async () => {
    const r = await room();
    const a = await r.child('张小明');
    const names = methodNames.filter((m) => m.startsWith('calls.'));
    expect(names).toEqual(expect.arrayContaining(['calls.queue', 'calls.history', 'calls.book', 'calls.start', 'calls.log']));
    for (const method of names) {
      const result = await r.t.app.dispatch(method, { childId: a.id, parentId: a.father, bookingId: 1, callId: 1 }, r.t.kiosk);
      expect([method, result]).toEqual([method, { ok: false, error: { code: 'forbidden' } }]);
    }
    expect(await r.t.app.db.selectFrom('call_booking').select('id').execute()).toEqual([]);
    expect((await r.t.call(r.teacher, 'calls.queue', {})).ok).toBe(true);
  });
});
