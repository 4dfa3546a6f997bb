// Housekeeping never stops the room (issue 19 point 4): the weekly export reads a snapshot on a second
// connection in the bundle worker and takes the write lock only to record the run, so the kiosk's check-in
// is answered while the bundle is still being written, and the bundle holds the week as it was when its
// snapshot was taken.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportWeekAsSystem } from '../../../electron/services/exports/weekExport';
import { WEEK, weekRoom } from './room';

describe('exports.week beside the kiosk', () => {
  it('a check-in asked for after the export began is answered before the export ends', async () => {
    const r = await weekRoom();
    r.t.at('2026-11-23T16:00:00+08:00');
    const answered: string[] = [];
    const exporting = r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out }).then(() => answered.push('export'));
    const checkingIn = r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: r.ids.ming }).then(() => answered.push('checkIn'));
    await Promise.all([exporting, checkingIn]);
    expect(answered).toEqual(['checkIn', 'export']);
    // Both were kept: the run is recorded, and she is in the room.
    expect((await r.t.ok(r.t.admin, 'exports.history', {})).map((run) => run.week)).toEqual([WEEK]);
    const ming = await r.t.ok(r.t.admin, 'checkins.history', { childId: r.ids.ming, date: '2026-11-23' });
    expect(ming.map((v) => [v.checkedInAt, v.checkedOutAt])).toEqual([['2026-11-23T16:00:00+08:00', null]]);
  });

  it('a correction of the week made while its bundle is written waits for the next revision, whole', async () => {
    const r = await weekRoom();
    r.t.at('2026-11-23T16:00:00+08:00');
    const visits = await r.t.app.db.selectFrom('visit').select('id').where('child_id', '=', r.ids.hong).where('checked_in_at', '<', '2026-11-23').execute();
    expect(visits.length).toBeGreaterThan(0);
    const task = { db: r.t.app.db, now: r.t.clock.now, host: r.t.app.host };
    let voidedWhileWritten = false;
    // Voided on the main connection while the worker has written the files from its snapshot and not yet
    // read them back: the bundle counts the visit as the week was when its snapshot was taken, and the
    // void goes out, whole, in the next revision.
    const beforeVerify = async () => {
      await r.t.ok(r.t.admin, 'checkins.correct', { visitId: visits[0]!.id, void: true, reason: '误点签到' });
      voidedWhileWritten = true;
    };
    const run = await exportWeekAsSystem(task, { week: WEEK, folder: r.out, includeContacts: false, trigger: 'cli' }, { beforeVerify });
    expect(voidedWhileWritten).toBe(true);
    expect(run.rows).toBe((await r.t.ok(r.t.admin, 'exports.history', {}))[0]!.rows);
    const next = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out });
    expect(next.revision).toBe(2);
    expect(next.rows).toBe(run.rows - 1);
  });

  it('two exports of one week at once: the first is recorded, the second refused with its reason and its folder removed', async () => {
    const r = await weekRoom();
    r.t.at('2026-11-23T16:00:00+08:00');
    const [first, second] = await Promise.all([r.t.call(r.t.admin, 'exports.week', { week: WEEK, folder: r.out }), r.t.call(r.t.admin, 'exports.week', { week: WEEK, folder: r.out })]);
    expect(first).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(second).toEqual({ ok: false, error: { code: 'conflict', details: { entity: 'export_running' } } });
    expect(fs.readdirSync(r.out)).toEqual([path.basename(first.ok ? first.value.bundlePath : '')]);
    expect(await r.t.ok(r.t.admin, 'exports.history', {})).toHaveLength(1);
  });
});
