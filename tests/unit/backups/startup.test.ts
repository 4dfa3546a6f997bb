import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase, STARTUP_PROBLEMS, StartupError } from '../../../electron/db/open';
import { backupFoldersFor, newestGoodBackup, restoreLatestGood } from '../../../electron/services/backups/startup';
import { BUTTONS, startupText } from '../../../electron/services/backups/startupText';
import { writeBackup } from '../../../electron/services/backups/write';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function room(): { dir: string; file: string; folder: string } {
  const dir = tempDir();
  dirs.push(dir);
  const folder = path.join(dir, 'backups');
  fs.mkdirSync(folder);
  return { dir, file: path.join(dir, 'children-home.sqlite'), folder };
}

/** A real backup whose school name says which one it is, dated `day` of November 2026. */
async function backupOf(dir: string, folder: string, name: string, school: string, day: number): Promise<string> {
  const source = path.join(dir, `source-${school}.sqlite`);
  const o = await openDatabase({ file: source });
  const at = '2026-11-01T10:00:00+08:00';
  await o.db
    .insertInto('setting')
    .values({ key: 'schoolName', value: JSON.stringify(school), created_at: at, updated_at: at })
    .execute();
  const file = await writeBackup(o.sqlite, folder, name, new Date(Date.UTC(2026, 10, day, 2)));
  await o.close();
  return file;
}

function dated(file: string, day: number): void {
  const at = new Date(Date.UTC(2026, 10, day, 2));
  fs.utimesSync(file, at, at);
}

function schoolOf(file: string): unknown {
  const raw = new SQLite(file, { readonly: true });
  try {
    return JSON.parse(raw.prepare("select value from setting where key = 'schoolName'").pluck().get() as string);
  } finally {
    raw.close();
  }
}

function damagedDatabase(file: string): Record<string, string> {
  fs.writeFileSync(file, Buffer.alloc(32 * 1024, 0x42));
  fs.writeFileSync(`${file}-wal`, 'wal bytes');
  fs.writeFileSync(`${file}-shm`, 'shm bytes');
  return { '': sha256(file), '-wal': sha256(`${file}-wal`), '-shm': sha256(`${file}-shm`) };
}

describe('restore the latest good backup at start-up', () => {
  it('skips a newer damaged or too-new backup, takes the newest good one, and keeps the damaged file and its -wal/-shm', async () => {
    const { dir, file, folder } = room();
    await backupOf(dir, folder, 'daily-2026-11-20.sqlite', '二十日', 20);
    const good = await backupOf(dir, folder, 'daily-2026-11-21.sqlite', '二十一日', 21);
    fs.writeFileSync(path.join(folder, 'daily-2026-11-22.sqlite'), Buffer.alloc(8192, 0x33));
    dated(path.join(folder, 'daily-2026-11-22.sqlite'), 22);
    const newer = await backupOf(dir, folder, 'manual-2026-11-23T02-00-00-000Z.sqlite', '更新版本', 23);
    const raw = new SQLite(newer);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    dated(newer, 23);
    const hashes = damagedDatabase(file);

    const result = restoreLatestGood(file, [folder], new Date('2026-11-24T01:00:00Z'));

    const aside = path.join(dir, 'children-home.damaged-2026-11-24T01-00-00-000Z.sqlite');
    expect(result).toEqual({ restoredFrom: good, keptAside: [aside, `${aside}-wal`, `${aside}-shm`] });
    for (const [suffix, hash] of Object.entries(hashes)) expect(sha256(`${aside}${suffix}`)).toBe(hash);
    expect(fs.readFileSync(file).equals(fs.readFileSync(good))).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(good)).toBe(true);

    // And the app starts on it.
    const app = await createApp({ file, backupDir: folder });
    expect((await app.db.selectFrom('setting').select('value').where('key', '=', 'schoolName').executeTakeFirstOrThrow()).value).toBe('"二十一日"');
    await app.close();
  });

  it('moves nothing when no backup passes, and never reuses a name for the damaged file', async () => {
    const { dir, file, folder } = room();
    fs.writeFileSync(path.join(folder, 'daily-2026-11-22.sqlite'), Buffer.alloc(8192, 0x33));
    const hashes = damagedDatabase(file);
    const now = new Date('2026-11-24T01:00:00Z');
    expect(restoreLatestGood(file, [folder, path.join(dir, 'no-such-usb')], now)).toBeNull();
    expect(sha256(file)).toBe(hashes['']);
    expect(fs.readdirSync(dir).sort()).toEqual(['backups', 'children-home.sqlite', 'children-home.sqlite-shm', 'children-home.sqlite-wal']);

    await backupOf(dir, folder, 'daily-2026-11-21.sqlite', '二十一日', 21);
    fs.writeFileSync(path.join(dir, 'children-home.damaged-2026-11-24T01-00-00-000Z.sqlite'), 'an earlier damaged file');
    const result = restoreLatestGood(file, [folder], now);
    expect(result?.keptAside[0]).toBe(path.join(dir, 'children-home.damaged-2026-11-24T01-00-00-000Z-2.sqlite'));
    expect(fs.readFileSync(path.join(dir, 'children-home.damaged-2026-11-24T01-00-00-000Z.sqlite'), 'utf8')).toBe('an earlier damaged file');
    expect(schoolOf(file)).toBe('二十一日');
  });

  it('looks in the folder the settings name when the damaged file can still say it', async () => {
    const { dir, file, folder } = room();
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    const o = await openDatabase({ file });
    const at = '2026-11-01T10:00:00+08:00';
    await o.db
      .insertInto('setting')
      .values({ key: 'backupFolder', value: JSON.stringify(usb), created_at: at, updated_at: at })
      .execute();
    await o.close();
    expect(backupFoldersFor(file, folder)).toEqual([folder, usb]);

    const onUsb = await backupOf(dir, usb, 'daily-2026-11-21.sqlite', '优盘', 21);
    await backupOf(dir, folder, 'daily-2026-11-20.sqlite', '本机', 20);
    expect(newestGoodBackup(backupFoldersFor(file, folder))).toBe(onUsb);

    const hashes = damagedDatabase(file);
    expect(backupFoldersFor(file, folder)).toEqual([folder]);
    for (const [suffix, hash] of Object.entries(hashes)) expect(sha256(`${file}${suffix}`)).toBe(hash);
  });
});

describe('start-up dialog text', () => {
  it('says each problem in Chinese first, then English, names the file, and offers what fits', () => {
    for (const kind of STARTUP_PROBLEMS) {
      const text = startupText(new StartupError(kind, 'C:\\Users\\room\\children-home.sqlite', 'SQLITE_SOMETHING'));
      const [zh, en] = text.message.split('\n\n');
      expect(zh, kind).toMatch(/[\u4e00-\u9fff]/);
      expect(en, kind).toMatch(/^[\x20-\x7e]+$/);
      expect(text.detail).toContain('C:\\Users\\room\\children-home.sqlite');
      expect(text.buttons.at(-1)).toBe(BUTTONS.quit);
      expect(text.buttons.includes(BUTTONS.restore), kind).toBe(kind === 'corrupt');
      expect(text.buttons.includes(BUTTONS.retry), kind).toBe(['locked', 'read_only', 'disk_full', 'unknown'].includes(kind));
    }
  });
});
