// A wrong PC clock (issue 13, point 3): behind the newest moment seen, far ahead of it, a BIOS reset to
// 2000-01-01, each then corrected. The injected clock plays the PC's; runScheduledTasks is the minute tick.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { kioskSession } from '../../../electron/session';
import type { Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>) {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

async function visits(t: TestApp) {
  return t.app.db.selectFrom('visit').select(['checked_in_at', 'checked_out_at']).orderBy('id').execute();
}

async function exportRuns(t: TestApp) {
  return (await t.app.db.selectFrom('export_run').select('week').orderBy('id').execute()).map((r) => r.week);
}

/** Set up on Wednesday 4 November 2026 (ISO week 45) with a child checked in and an export folder. */
async function room(holidayDays?: number) {
  const t = await createTestApp({ clock: testClock('2026-11-04T10:00:00+08:00') });
  const child = await t.ok(t.admin, 'children.create', childInput());
  fs.mkdirSync(path.join(t.dir, 'usb'));
  await t.ok(t.admin, 'settings.update', { exportFolder: path.join(t.dir, 'usb'), ...(holidayDays ? { clockHolidayDays: holidayDays } : {}) });
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
  expect((await t.app.runScheduledTasks()).backup).toContain('daily-2026-11-04.sqlite');
  return { t, child };
}

const state = async (t: TestApp) => (await t.ok(t.admin, 'clock.status', {})).state;

describe('a clock behind the newest moment seen', () => {
  it('a year behind: says so, stamps nothing earlier, runs nothing scheduled; corrected: all runs again', async () => {
    const { t, child } = await room();
    t.at('2026-11-04T12:00:00+08:00');
    await t.app.runScheduledTasks();

    t.at('2025-11-04T15:00:00+08:00');
    expect(await t.ok(t.admin, 'clock.status', {})).toMatchObject({ state: 'behind', today: '2025-11-04', newest: '2026-11-04T12:00:00+08:00' });
    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id });
    const [visit] = await visits(t);
    // The check-out is not before its check-in: it takes the newest moment seen.
    expect(visit).toEqual({ checked_in_at: '2026-11-04T10:00:00+08:00', checked_out_at: '2026-11-04T12:00:00+08:00' });
    // A teacher cannot confirm a date behind.
    const teacher = await t.signIn('teacher');
    expect(errorOf(await t.call(teacher, 'clock.confirm', { date: '2025-11-04' }))).toEqual({ code: 'conflict', details: { entity: 'clock_behind' } });

    // Friday evening of 2025's week 45 and a week later: no backup named for 2025, no week exported.
    for (const at of ['2025-11-07T20:00:00+08:00', '2025-11-14T20:00:00+08:00']) {
      t.at(at);
      expect(await t.app.runScheduledTasks()).toMatchObject({ backup: null, exportedWeeks: [] });
    }
    expect(await exportRuns(t)).toEqual([]);

    // Monday after week 45 ended, past the export time (08:00): it goes out.
    t.at('2026-11-09T09:00:00+08:00');
    expect(await state(t)).toBe('ok');
    expect(await t.app.runScheduledTasks()).toMatchObject({ exportedWeeks: ['2026-W45'] });
  });

  it('a BIOS reset to 2000-01-01: behind, in a used room and in a new one; stamps stay after 2000', async () => {
    const { t, child } = await room();
    t.at('2000-01-01T00:00:00+08:00');
    expect(await state(t)).toBe('behind');
    await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id });
    expect((await visits(t))[0].checked_out_at).toBe('2026-11-04T10:00:00+08:00');
    expect(await t.app.runScheduledTasks()).toMatchObject({ backup: null, exportedWeeks: [] });

    const fresh = await createTestApp({ clock: testClock('2000-01-01T08:00:00+08:00') });
    expect(await state(fresh)).toBe('behind');
    expect((await fresh.app.runScheduledTasks()).backup).toBeNull();
  });
});

describe('a clock far ahead of the newest moment seen', () => {
  it('a year ahead: asks for a confirmation, exports and rotates nothing, and a corrected clock is not "behind", even after a restart', async () => {
    const { t, child } = await room();
    t.at('2027-11-05T16:00:00+08:00');
    expect(await t.ok(t.admin, 'clock.status', {})).toMatchObject({ state: 'ahead', today: '2027-11-05', holidayDays: 60 });
    // A kiosk tap under the wrong clock does not make it believable.
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    expect(await state(t)).toBe('ahead');
    const tick = await t.app.runScheduledTasks();
    expect(tick.exportedWeeks).toEqual([]);
    expect(await exportRuns(t)).toEqual([]);

    // The PC's date is put right (the Monday after week 45): week 45 goes out, and it is the only one.
    t.at('2026-11-09T09:00:00+08:00');
    expect(await state(t)).toBe('ok');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual(['2026-W45']);

    // Started again: the rows stamped 2027 do not make today's date look wrong.
    const again = await createApp({ file: t.file, now: t.clock.now });
    try {
      const admin = kioskSession(t.clock.now().getTime());
      const unlocked = await again.dispatch('auth.unlock', { staffId: t.adminId, pin: '1234' }, admin);
      expect(unlocked.ok).toBe(true);
      const status = await again.dispatch('clock.status', {}, admin);
      expect(status).toMatchObject({ ok: true, value: { state: 'ok' } });
    } finally {
      await again.close();
    }
  });

  it('a confirmed date lets the schedule run, but never exports the empty weeks beyond the holiday limit', async () => {
    const { t } = await room(14);
    t.at('2027-01-08T20:00:00+08:00');
    expect(await state(t)).toBe('ahead');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual([]);
    expect(errorOf(await t.call(t.admin, 'clock.confirm', { date: '2027-01-07' }))).toEqual({ code: 'conflict', details: { entity: 'clock_date' } });
    expect(await t.ok(t.admin, 'clock.confirm', { date: '2027-01-08' })).toMatchObject({ state: 'ok' });
    const audit = await t.app.db.selectFrom('audit_log').select(['details', 'created_at']).where('action', '=', 'clock.confirm').execute();
    expect(audit).toEqual([{ details: JSON.stringify({ date: '2027-01-08', state: 'ahead', newestBefore: '2026-11-04T10:00:00+08:00' }), created_at: '2027-01-08T20:00:00+08:00' }]);

    // The newest record is 4 November; with a 14-day limit weeks 45 to 47 go out, the empty weeks after do not.
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual(['2026-W45', '2026-W46', '2026-W47']);

    // The confirmation was wrong and the PC's date is put right: an admin says so, and the real week goes out.
    t.at('2026-11-20T20:00:00+08:00');
    expect(await state(t)).toBe('behind');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual([]);
    expect(await t.ok(t.admin, 'clock.confirm', { date: '2026-11-20' })).toMatchObject({ state: 'ok' });
    // After closing time: a teacher checks the child in by hand (the kiosk refuses).
    await t.ok(t.admin, 'checkins.checkIn', { childId: 1 });
    // Week 47 went out under the wrong date; its new check-in marks it changed, and the correction
    // goes out at the next export time with week 48 once that week is over.
    t.at('2026-11-27T20:00:00+08:00');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual([]);
    t.at('2026-11-30T09:00:00+08:00');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual(['2026-W48', '2026-W47']);
  });
});

describe('the staff PIN lock-out and the idle lock under a stepping clock', () => {
  it('a lock-out set under a clock a year ahead is over once the clock is put right', async () => {
    const { t } = await room();
    t.at('2027-11-04T10:00:00+08:00');
    const session = kioskSession(t.clock.now().getTime());
    for (let i = 0; i < 5; i += 1) await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '9999' });
    expect(await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '1234' })).toMatchObject({ status: 'locked', until: '2027-11-04T10:05:00+08:00' });

    t.at('2026-11-04T10:10:00+08:00');
    expect(await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '1234' })).toMatchObject({ status: 'unlocked' });
  });

  it('a lock-out under a right clock still holds for its five minutes', async () => {
    const { t } = await room();
    const session = kioskSession(t.clock.now().getTime());
    for (let i = 0; i < 5; i += 1) await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '9999' });
    t.clock.advanceMinutes(4);
    expect(await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '1234' })).toMatchObject({ status: 'locked' });
    t.clock.advanceMinutes(2);
    expect(await t.ok(session, 'auth.unlock', { staffId: t.adminId, pin: '1234' })).toMatchObject({ status: 'unlocked' });
  });

  it('a clock that steps back under a signed-in teacher locks, as idle time passed; a second of time sync does not', async () => {
    const { t } = await room();
    const teacher = await t.signIn('teacher');
    t.clock.set('2026-11-04T09:59:59+08:00');
    expect((await t.ok(teacher, 'auth.session', {})).role).toBe('teacher');
    t.clock.set('2026-11-04T09:00:00+08:00');
    expect(errorOf(await t.call(teacher, 'staff.list', {}))).toEqual({ code: 'forbidden' });
    expect(teacher.role).toBe('kiosk');
  });
});
