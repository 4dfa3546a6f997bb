// Backups under a wrong clock: rotated and restored by the data they hold (the newest audit id), never
// by name or file time; the copy just written is never deleted; a killed run's temp files go at start.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rotateBackups } from '../../../electron/services/backups/rotation';
import { removeLeftoverTemps } from '../../../electron/services/backups/leftovers';
import { newestGoodBackup } from '../../../electron/services/backups/startup';
import { markWriting } from '../../../electron/services/backups/write';
import { contentOf } from '../../../electron/services/backups/content';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

/** Day n after Monday 2 November 2026, at 10:00 in Shanghai. */
function dayAt(n: number): string {
  return `${new Date(Date.UTC(2026, 10, 2 + n)).toISOString().slice(0, 10)}T10:00:00+08:00`;
}

const dailies = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((n) => /^daily-.*\.sqlite$/.test(n))
    .sort();

async function backupAudits(t: TestApp): Promise<number> {
  return (await t.app.db.selectFrom('audit_log').select('id').where('action', '=', 'backups.daily').execute()).length;
}

describe('backups under a clock a year ahead, then a year behind', () => {
  it('keeps the newest data, never deletes real days for a future name, restores the newest content', async () => {
    const t = await createTestApp({ clock: testClock(dayAt(0)) });
    const folder = t.app.host.defaultBackupDir;
    const day = async (at: string, name: string) => {
      t.at(at);
      await t.ok(t.admin, 'children.create', childInput({ name }));
      return t.app.runScheduledTasks();
    };
    for (let n = 0; n < 16; n += 1) await day(dayAt(n), `孩子${n}`);
    expect(dailies(folder)).toHaveLength(14);
    expect(dailies(folder)[0]).toBe(`daily-${dayAt(2).slice(0, 10)}.sqlite`);

    // A year ahead, not confirmed: the copy is written, nothing is rotated.
    const ahead = await day('2027-11-18T10:00:00+08:00', '未来');
    expect(ahead.backup).toContain('daily-2027-11-18.sqlite');
    expect(dailies(folder)).toHaveLength(15);

    // Put right: the next day's copy is written and rotation ranks by content. The 2027 copy holds
    // less than the new one but more than the oldest, so the two oldest real days go.
    const back = await day(dayAt(16), '回来');
    expect(back.backup).toContain(`daily-${dayAt(16).slice(0, 10)}.sqlite`);
    expect(dailies(folder)).toHaveLength(14);
    expect(dailies(folder)).toContain('daily-2027-11-18.sqlite');
    expect(dailies(folder)[0]).toBe(`daily-${dayAt(4).slice(0, 10)}.sqlite`);

    // "The latest good backup" is the newest data, not the newest name or file time (both say 2027).
    expect(newestGoodBackup([folder])).toBe(path.join(folder, `daily-${dayAt(16).slice(0, 10)}.sqlite`));

    // A year behind: no copy named for last year, nothing deleted, minute after minute.
    const before = dailies(folder);
    const audits = await backupAudits(t);
    for (let m = 0; m < 5; m += 1) {
      t.at(`2025-11-19T10:0${m}:00+08:00`);
      expect((await t.app.runScheduledTasks()).backup).toBeNull();
    }
    expect(dailies(folder)).toEqual(before);
    expect(await backupAudits(t)).toBe(audits);
  });
});

describe('rotation by content', () => {
  it('never deletes the copy just written, even when it holds the oldest data (after a restore)', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    for (let n = 0; n < 15; n += 1) {
      t.at(dayAt(n));
      await t.app.runScheduledTasks();
    }
    const oldest = path.join(folder, dailies(folder)[0]);
    const copy = path.join(folder, 'daily-2030-01-01.sqlite');
    fs.copyFileSync(oldest, copy);
    const deleted = rotateBackups(folder, ['daily-2030-01-01.sqlite']);
    // Its content equals the oldest kept copy's: that one is the duplicate and goes, the new one stays.
    expect(deleted).toEqual([path.basename(oldest)]);
    expect(fs.existsSync(copy)).toBe(true);
    expect(contentOf(copy)?.newestAuditId).toBeGreaterThan(0);
  });

  it('leaves alone a daily copy it cannot read', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'daily-2020-01-01.sqlite'), 'not a database');
    for (let n = 0; n < 16; n += 1) {
      t.at(dayAt(n));
      await t.app.runScheduledTasks();
    }
    expect(dailies(folder)).toHaveLength(15);
    expect(dailies(folder)[0]).toBe('daily-2020-01-01.sqlite');
  });
});

describe('temporary files of a killed backup', () => {
  it('are removed at start, except one being written now and files a person put there', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    fs.mkdirSync(folder, { recursive: true });
    const killed = ['daily-2026-11-20.sqlite.tmp', 'daily-2026-11-20.sqlite.tmp-journal', 'weekly-2026-W47.sqlite.tmp'];
    for (const name of [...killed, 'notes.tmp', 'manual-2026-11-01T02-00-00-000Z.sqlite.tmp']) fs.writeFileSync(path.join(folder, name), 'x'.repeat(1000));
    const writing = path.join(folder, 'manual-2026-11-01T02-00-00-000Z.sqlite.tmp');
    const done = markWriting(writing);
    try {
      expect(removeLeftoverTemps(folder).sort()).toEqual(killed.sort());
    } finally {
      done();
    }
    expect(
      fs
        .readdirSync(folder)
        .filter((n) => n.includes('.tmp'))
        .sort(),
    ).toEqual(['manual-2026-11-01T02-00-00-000Z.sqlite.tmp', 'notes.tmp']);

    // The app's first scheduled run sweeps: that manual temp is no longer being written.
    await t.app.runScheduledTasks();
    expect(fs.readdirSync(folder).filter((n) => n.includes('.tmp'))).toEqual(['notes.tmp']);
  });
});
