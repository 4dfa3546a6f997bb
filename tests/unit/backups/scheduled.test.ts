import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runScheduledBackup } from '../../../electron/services/backups/scheduled';
import { createTestApp, type TestApp } from '../helpers';
import { childInput } from '../fixtures';

const tick = (t: TestApp) => runScheduledBackup({ db: t.app.db, now: t.clock.now, host: t.app.host });

function names(folder: string, prefix: string): string[] {
  return fs
    .readdirSync(folder)
    .filter((n) => n.startsWith(prefix))
    .sort();
}

function childNames(file: string): string[] {
  const raw = new SQLite(file, { readonly: true });
  try {
    return raw.prepare('select name from child order by id').pluck().all() as string[];
  } finally {
    raw.close();
  }
}

/** 2026-11-23 is a Monday (ISO week 48); day n is n days later at 10:00 in Shanghai. */
function dayAt(n: number, time = '10:00'): string {
  const date = new Date(Date.UTC(2026, 10, 23 + n)).toISOString().slice(0, 10);
  return `${date}T${time}:00+08:00`;
}

describe('scheduled backup', () => {
  it('writes the day’s backup once, on the first tick of the local day, and it holds the data', async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'children.create', childInput({ name: '王小红' }));
    const folder = t.app.host.defaultBackupDir;

    const first = await tick(t);
    expect(first).toBe(path.join(folder, 'daily-2026-11-23.sqlite'));
    expect(childNames(first ?? '')).toEqual(['王小红']);
    const firstBytes = fs.readFileSync(first ?? '');

    // Later the same local day (23:30 in Shanghai is 15:30 UTC): nothing new, the file is not rewritten.
    await t.ok(t.admin, 'children.create', childInput({ name: '李小兰' }));
    t.at('2026-11-23T23:30:00+08:00');
    expect(await tick(t)).toBeNull();
    expect(fs.readFileSync(first ?? '').equals(firstBytes)).toBe(true);
    expect(names(folder, 'daily-')).toEqual(['daily-2026-11-23.sqlite']);

    // 00:30 the next morning in Shanghai is still the 23rd in UTC: the local day decides.
    t.at('2026-11-24T00:30:00+08:00');
    const second = await tick(t);
    expect(second).toBe(path.join(folder, 'daily-2026-11-24.sqlite'));
    expect(childNames(second ?? '')).toEqual(['王小红', '李小兰']);

    const status = await t.ok(t.admin, 'backups.list', {});
    expect(status).toMatchObject({ folder, problem: null, lastSuccessAt: '2026-11-24T00:30:00+08:00' });
    const audits = await t.app.db.selectFrom('audit_log').select('action').where('action', '=', 'backups.daily').execute();
    expect(audits).toHaveLength(2);
  });

  it('makes the first backup of an ISO week that week’s copy too', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    for (let n = 0; n < 8; n += 1) {
      t.at(dayAt(n));
      await tick(t);
    }
    expect(names(folder, 'weekly-')).toEqual(['weekly-2026-W48.sqlite', 'weekly-2026-W49.sqlite']);
    // The weekly copy of W49 is the backup of Monday 30 November, byte for byte.
    const monday = fs.readFileSync(path.join(folder, 'daily-2026-11-30.sqlite'));
    expect(fs.readFileSync(path.join(folder, 'weekly-2026-W49.sqlite')).equals(monday)).toBe(true);
  });

  it('keeps the newest 14 daily and 8 weekly copies over ten weeks and never touches other files', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    fs.mkdirSync(folder, { recursive: true });
    const others: Record<string, string> = {
      'manual-2026-11-01T02-00-00-000Z.sqlite': 'manual',
      'pre-migration-v3-2026-10-01T02-00-00-000Z.sqlite': 'pre-migration',
      'pre-restore-2026-10-02T02-00-00-000Z.sqlite': 'pre-restore',
      'daily-copy-by-hand.sqlite': 'a person put this here',
      'daily-2026-01-01.sqlite.bak': 'not ours either',
      'notes.txt': '备份说明',
    };
    for (const [name, content] of Object.entries(others)) fs.writeFileSync(path.join(folder, name), content);

    for (let n = 0; n < 70; n += 1) {
      t.at(dayAt(n));
      await tick(t);
    }

    const daily = names(folder, 'daily-2').filter((n) => n.endsWith('.sqlite'));
    expect(daily).toHaveLength(14);
    expect(daily[0]).toBe(`daily-${dayAt(56).slice(0, 10)}.sqlite`);
    expect(daily[13]).toBe(`daily-${dayAt(69).slice(0, 10)}.sqlite`);
    // 70 days from Monday 2026-11-23 (W48) to Sunday 2027-01-31 (2027-W04; 2026 has 53 ISO weeks): ten
    // weeks, of which the newest eight stay.
    const weeks = ['2026-W50', '2026-W51', '2026-W52', '2026-W53', '2027-W01', '2027-W02', '2027-W03', '2027-W04'];
    expect(names(folder, 'weekly-')).toEqual(weeks.map((w) => `weekly-${w}.sqlite`));
    for (const [name, content] of Object.entries(others)) expect(fs.readFileSync(path.join(folder, name), 'utf8')).toBe(content);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('records a missing chosen folder, retries on the next tick, and clears the problem once it works', async () => {
    const t = await createTestApp();
    const usb = path.join(t.dir, 'usb', '备份');
    await t.ok(t.admin, 'settings.update', { backupFolder: usb });

    expect(await tick(t)).toBeNull();
    expect(fs.existsSync(usb)).toBe(false);
    let list = await t.ok(t.admin, 'backups.list', {});
    expect(list).toMatchObject({
      folder: usb,
      files: [],
      lastAttemptAt: '2026-11-23T10:00:00+08:00',
      lastSuccessAt: null,
      problem: { code: 'folder_missing', detail: usb },
    });

    // Still missing a minute later: tried again, still the same problem, audited once.
    t.at('2026-11-23T10:01:00+08:00');
    expect(await tick(t)).toBeNull();
    list = await t.ok(t.admin, 'backups.list', {});
    expect(list.lastAttemptAt).toBe('2026-11-23T10:01:00+08:00');
    expect(list.problem?.code).toBe('folder_missing');

    fs.mkdirSync(usb, { recursive: true });
    t.at('2026-11-23T10:02:00+08:00');
    expect(await tick(t)).toBe(path.join(usb, 'daily-2026-11-23.sqlite'));
    list = await t.ok(t.admin, 'backups.list', {});
    expect(list).toMatchObject({ problem: null, lastSuccessAt: '2026-11-23T10:02:00+08:00' });
    expect(list.files.map((f) => f.name)).toEqual(['weekly-2026-W48.sqlite', 'daily-2026-11-23.sqlite']);
    expect(fs.existsSync(t.app.host.defaultBackupDir)).toBe(false);

    const actions = await t.app.db.selectFrom('audit_log').select('action').where('action', 'like', 'backups.%').orderBy('id').execute();
    expect(actions.map((a) => a.action)).toEqual(['backups.problem', 'backups.recovered', 'backups.daily']);
  });

  it('records a folder it cannot write to as write_failed', async () => {
    const t = await createTestApp();
    // A file where the default backup folder should be: mkdir fails whoever runs the test.
    fs.writeFileSync(t.app.host.defaultBackupDir, 'in the way');
    expect(await tick(t)).toBeNull();
    const list = await t.ok(t.admin, 'backups.list', {});
    expect(list.problem).toEqual({ code: 'write_failed', detail: t.app.host.defaultBackupDir });
    expect(fs.readFileSync(t.app.host.defaultBackupDir, 'utf8')).toBe('in the way');
  });
});
