import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScheduledExports } from '../../../electron/services/exports/scheduled';
import { SCHEDULE_START_KEY } from '../../../electron/services/exports/schedule';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

/** A room whose admin chose the export folder on Wednesday 4 November 2026 (week 45); a week falls due the Monday after, 08:00. */
async function scheduledRoom(folderExists = true): Promise<{ t: TestApp; usb: string; tick: () => Promise<string[]> }> {
  // Set up on the first day: the app never stamps a time before one it has seen (services/clock).
  const t = await createTestApp({ clock: testClock('2026-10-20T09:00:00+08:00') });
  const child = await t.ok(t.admin, 'children.create', childInput());
  const usb = path.join(t.dir, 'usb');
  if (folderExists) fs.mkdirSync(usb);
  t.at('2026-11-04T10:00:00+08:00');
  await t.ok(t.admin, 'checkins.checkIn', { childId: child.id });
  await t.ok(t.admin, 'settings.update', { exportFolder: usb });
  const tick = () => runScheduledExports({ db: t.app.db, now: t.clock.now, host: t.app.host });
  return { t, usb, tick };
}

async function runs(t: TestApp) {
  return t.app.db.selectFrom('export_run').select(['week', 'trigger', 'staff_id']).orderBy('id').execute();
}

describe('the scheduled weekly export', () => {
  it('does nothing while no export folder is set', async () => {
    const t = await createTestApp();
    t.at('2026-12-31T23:00:00+08:00');
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual([]);
    expect(await runs(t)).toEqual([]);
    expect(await t.app.db.selectFrom('setting').select('key').where('key', '=', SCHEDULE_START_KEY).execute()).toEqual([]);
  });

  it('catches up after the PC was off: every due week since the folder was set, oldest first, not the week still to come', async () => {
    const { t, usb, tick } = await scheduledRoom();
    // Off from the moment the folder was set until Thursday of week 48: weeks 45, 46 and 47 are over
    // and due; week 48 is still running.
    t.at('2026-11-26T08:00:00+08:00');
    expect(await tick()).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(await runs(t)).toEqual([
      { week: '2026-W45', trigger: 'scheduled', staff_id: null },
      { week: '2026-W46', trigger: 'scheduled', staff_id: null },
      { week: '2026-W47', trigger: 'scheduled', staff_id: null },
    ]);
    expect(fs.readdirSync(usb).sort()).toEqual(['青山小学-留守儿童之家-2026-W45', '青山小学-留守儿童之家-2026-W46', '青山小学-留守儿童之家-2026-W47']);
    const history = await t.ok(t.admin, 'exports.history', {});
    expect(history.map((h) => [h.week, h.staffName, h.includeContacts, h.partialUpTo, h.revision])).toEqual([
      ['2026-W47', null, false, null, 1],
      ['2026-W46', null, false, null, 1],
      ['2026-W45', null, false, null, 1],
    ]);
    // Nothing twice; week 48 ends on Sunday 29 November and falls due on Monday at 08:00, not a minute before.
    expect(await tick()).toEqual([]);
    t.at('2026-11-30T07:59:00+08:00');
    expect(await tick()).toEqual([]);
    t.at('2026-11-30T08:00:00+08:00');
    // The app's own tasks first close the visit of 4 November left open: week 45 changed since its
    // bundle, so a correction follows the week now due.
    expect((await t.app.runScheduledTasks()).exportedWeeks).toEqual(['2026-W48', '2026-W45']);
    const status = await t.ok(t.admin, 'exports.status', {});
    expect(status).toMatchObject({ folder: usb, pendingWeeks: [], changedWeeks: [], problem: null, lastSuccessAt: '2026-11-30T08:00:00+08:00' });
    expect(status.lastRun).toMatchObject({ week: '2026-W45', revision: 2, replaces: '青山小学-留守儿童之家-2026-W45' });
  });

  it('skips a finished week already exported by hand and follows the export day and time in Settings', async () => {
    const { t, tick } = await scheduledRoom();
    await t.ok(t.admin, 'settings.update', { exportDay: 2, exportTime: '18:30' });
    t.at('2026-11-24T18:30:00+08:00'); // Tuesday of week 48, 18:30: weeks 45, 46 and 47 are due
    await t.ok(t.admin, 'exports.week', { week: '2026-W46' });
    expect((await t.ok(t.admin, 'exports.status', {})).pendingWeeks).toEqual(['2026-W45', '2026-W47']);
    expect(await tick()).toEqual(['2026-W45', '2026-W47']);
    expect((await runs(t)).map((r) => [r.week, r.trigger])).toEqual([
      ['2026-W46', 'manual'],
      ['2026-W45', 'scheduled'],
      ['2026-W47', 'scheduled'],
    ]);
  });

  it('says the folder is missing, records nothing, retries each tick, and clears the problem once it succeeds', async () => {
    const { t, usb, tick } = await scheduledRoom(false);
    t.at('2026-11-27T10:00:00+08:00');
    expect(await tick()).toEqual([]);
    t.at('2026-11-27T10:01:00+08:00');
    expect(await tick()).toEqual([]);
    expect(await runs(t)).toEqual([]);
    const failing = await t.ok(t.admin, 'exports.status', {});
    expect(failing).toMatchObject({
      folder: usb,
      pendingWeeks: ['2026-W45', '2026-W46', '2026-W47'],
      lastRun: null,
      lastAttemptAt: '2026-11-27T10:01:00+08:00',
      lastSuccessAt: null,
      problem: { code: 'folder_missing', detail: usb },
    });

    fs.mkdirSync(usb); // the USB drive is plugged in
    t.at('2026-11-27T10:02:00+08:00');
    expect(await tick()).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(await t.ok(t.admin, 'exports.status', {})).toMatchObject({ pendingWeeks: [], problem: null, lastSuccessAt: '2026-11-27T10:02:00+08:00' });
    // One audit row when the problem appeared (not one per retry) and one when it cleared.
    const audit = await t.app.db.selectFrom('audit_log').select('action').where('action', 'in', ['exports.problem', 'exports.recovered']).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['exports.problem', 'exports.recovered']);
  });

  it('starts afresh when the folder is cleared and set again later: no flood of old weeks', async () => {
    const { t, usb, tick } = await scheduledRoom();
    t.at('2026-11-09T10:00:00+08:00');
    expect(await tick()).toEqual(['2026-W45']);
    await t.ok(t.admin, 'settings.update', { exportFolder: '' });
    t.at('2026-11-09T10:01:00+08:00');
    expect(await tick()).toEqual([]);
    expect((await t.ok(t.admin, 'exports.status', {})).pendingWeeks).toEqual([]);

    t.at('2027-01-06T10:00:00+08:00'); // Wednesday of 2027-W01
    // Two months without the app: a teacher confirms the date (services/clock), and the room is in use.
    await t.ok(t.admin, 'clock.confirm', { date: '2027-01-06' });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: 1 });
    await t.ok(t.admin, 'settings.update', { exportFolder: usb });
    t.at('2027-01-11T10:00:00+08:00');
    expect(await tick()).toEqual(['2027-W01']);
  });
});

describe('the scheduled export under the one-minute timer', () => {
  it('lets a second tick that comes while a catch-up is still writing do nothing, so no week is written twice', async () => {
    const { t, usb, tick } = await scheduledRoom();
    t.at('2026-11-26T08:00:00+08:00');
    const [first, second] = await Promise.all([tick(), tick()]);
    expect(first).toEqual(['2026-W45', '2026-W46', '2026-W47']);
    expect(second).toEqual([]);
    expect(fs.readdirSync(usb)).toHaveLength(3);
  });
});
