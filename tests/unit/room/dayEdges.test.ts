// The day's edges (issue 13, point 4) on real calendars: a check-in at 19:01 after a 19:00 closing, a
// visit left open over the National Day holiday, a Friday's goodbye when the room is closed at the
// weekend, a Saturday opening, the turn of the year, and a booking cancelled when its child goes home.
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

async function room(start: string): Promise<{ t: TestApp; childId: number; fatherId: number }> {
  const t = await createTestApp();
  t.at(start);
  await t.ok(t.admin, 'settings.update', { closingTime: '19:00' });
  // Monday to Friday afternoons: the room is closed at the weekend.
  for (let weekday = 1; weekday <= 5; weekday++) await t.ok(t.admin, 'roster.saveOpening', { weekday, startTime: '15:30', endTime: '19:00' });
  const child = await t.ok(t.admin, 'children.create', childInput());
  return { t, childId: child.id, fatherId: child.parents[0].id };
}

describe('the end of the day', () => {
  it('refuses a kiosk check-in at 19:01 after a 19:00 closing; a teacher checks her in by hand, and the next day starts clean', async () => {
    const { t, childId } = await room('2026-11-25T18:59:00+08:00');
    const teacher = await t.signIn('teacher');
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).closedForToday).toBe(false);
    t.at('2026-11-25T19:00:00+08:00');
    // Her screen says so before she taps 签到: on the minute of closing, as the refusal does.
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).closedForToday).toBe(true);
    t.at('2026-11-25T19:01:00+08:00');
    expect(await t.call(t.kiosk, 'kiosk.checkIn', { childId })).toEqual({ ok: false, error: { code: 'conflict', details: { entity: 'room_closed' } } });
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId });
    expect(visit.checkedInAt).toBe('2026-11-25T19:01:00+08:00');
    expect((await t.ok(teacher, 'checkins.room', {})).headCount).toBe(1);

    // Thursday: she is not still "in the room" from last night, and may check in again.
    t.at('2026-11-26T08:00:00+08:00');
    await t.app.runScheduledTasks();
    const closed = await t.ok(teacher, 'checkins.history', { date: '2026-11-25' });
    // Opened after closing, it ends with its day: never before it began, never into the next.
    expect(closed[0]).toMatchObject({ checkedOutAt: '2026-11-26T00:00:00+08:00', checkoutMethod: 'auto' });
    // After midnight the new day has not reached its closing: her screen offers 签到 again.
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).closedForToday).toBe(false);
    t.at('2026-11-26T16:00:00+08:00');
    expect((await t.ok(t.kiosk, 'kiosk.checkIn', { childId })).action).toBe('checked_in');
  });

  it("closes a visit left open over the National Day holiday at its own day's closing, marked automatic", async () => {
    const { t, childId } = await room('2026-09-30T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-10-08T15:40:00+08:00');
    const status = await t.ok(t.kiosk, 'kiosk.status', { childId });
    expect(status.checkedInAt).toBeNull();
    const teacher = await t.signIn('teacher');
    expect((await t.ok(teacher, 'checkins.history', { date: '2026-09-30' }))[0]).toMatchObject({
      checkedOutAt: '2026-09-30T19:00:00+08:00',
      checkoutMethod: 'auto',
    });
    expect((await t.ok(t.kiosk, 'kiosk.checkIn', { childId })).action).toBe('checked_in');
  });

  it('closes today at closing time, not a visit opened by hand after it, until midnight', async () => {
    const { t, childId } = await room('2026-11-25T18:00:00+08:00');
    const teacher = await t.signIn('teacher');
    const other = await t.ok(t.admin, 'children.create', childInput({ name: '李春花' }));
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-11-25T19:30:00+08:00');
    await t.ok(teacher, 'checkins.checkIn', { childId: other.id });
    const present = await t.ok(teacher, 'checkins.room', {});
    expect(present.present.map((v) => v.childName)).toEqual(['李春花']);
  });
});

describe('going home', () => {
  it('on a Friday says she has checked out today and 星期一见 (the room is closed at the weekend)', async () => {
    const { t, childId } = await room('2026-11-27T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    t.at('2026-11-27T17:30:00+08:00');
    const out = await t.ok(t.kiosk, 'kiosk.checkOut', { childId });
    expect(out.nextOpenDate).toBe('2026-11-30');
    const status = await t.ok(t.kiosk, 'kiosk.status', { childId });
    expect(status).toMatchObject({ checkedInAt: null, checkedOutAt: '2026-11-27T17:30:00+08:00', nextOpenDate: '2026-11-30' });
  });

  it("says tomorrow when Saturday opens, and on New Year's Eve names the first day of the new year", async () => {
    const { t, childId } = await room('2026-11-27T16:00:00+08:00');
    await t.ok(t.admin, 'roster.saveOpening', { weekday: 6, startTime: '09:00', endTime: '11:00' });
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).nextOpenDate).toBe('2026-11-28');
    t.at('2026-12-31T16:00:00+08:00');
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).nextOpenDate).toBe('2027-01-01');
    // Before she has been today, nothing says she checked out.
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId })).checkedOutAt).toBeNull();
  });

  it('cancels her waiting call with the reason "went home", and the queue marks who is in the room', async () => {
    const { t, childId, fatherId } = await room('2026-11-25T16:00:00+08:00');
    const teacher = await t.signIn('teacher');
    const other = await t.ok(t.admin, 'children.create', childInput({ name: '李春花' }));
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
    await t.ok(t.kiosk, 'kiosk.bookCall', { childId, parentId: fatherId });
    // Booked by a teacher while she is not (yet) in the room.
    await t.ok(teacher, 'calls.book', { childId: other.id, parentId: other.parents[0].id });
    const queue = await t.ok(teacher, 'calls.queue', {});
    expect(queue.map((q) => [q.childName, q.inRoom])).toEqual([
      ['张小明', true],
      ['李春花', false],
    ]);

    await t.ok(t.kiosk, 'kiosk.checkOut', { childId });
    expect((await t.ok(teacher, 'calls.queue', {})).map((q) => q.childName)).toEqual(['李春花']);
    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'calls.cancelBooking').execute();
    expect(audit.map((a) => JSON.parse(a.details ?? '{}') as unknown)).toEqual([{ childId, reason: 'went_home' }]);

    // A teacher's check-out and closing time cancel too.
    await t.ok(teacher, 'checkins.checkIn', { childId: other.id });
    const visit = (await t.ok(teacher, 'checkins.room', {})).present[0];
    await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'home_alone', collectedBy: null });
    expect(await t.ok(teacher, 'calls.queue', {})).toEqual([]);
  });
});
