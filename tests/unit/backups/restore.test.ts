import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase } from '../../../electron/db/open';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function childNames(t: TestApp): Promise<string[]> {
  const list = await t.ok(t.admin, 'children.list', {});
  return list.rows.map((c) => c.name).sort();
}

/** The live database's content, as a fingerprint that changes with any row. */
function contentOf(file: string): string {
  const raw = new SQLite(file, { readonly: true });
  try {
    const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
    const hash = createHash('sha256');
    for (const table of tables) hash.update(JSON.stringify(raw.prepare(`select * from "${table}" order by rowid`).all()));
    return hash.digest('hex');
  } finally {
    raw.close();
  }
}

async function seededWithBackup(): Promise<{ t: TestApp; backup: string }> {
  const t = await createTestApp();
  await t.ok(t.admin, 'children.create', childInput({ name: '王小红' }));
  const backup = await t.ok(t.admin, 'backups.now', {});
  return { t, backup: backup.name };
}

describe('backups.now and backups.list', () => {
  it('writes a checked manual backup and lists it with its kind, time and size', async () => {
    const t = await createTestApp();
    const made = await t.ok(t.admin, 'backups.now', {});
    // Named in the room's local time (10:00 in Beijing), not UTC (02:00).
    expect(made).toMatchObject({ name: 'manual-2026-11-23_10-00-00.sqlite', kind: 'manual', createdAt: '2026-11-23T10:00:00+08:00' });
    const file = path.join(t.app.host.defaultBackupDir, made.name);
    expect(made.sizeBytes).toBe(fs.statSync(file).size);
    // One file, in rollback mode: it opens read-only anywhere, with no -wal or -shm beside it.
    expect(fs.readdirSync(t.app.host.defaultBackupDir)).toEqual([made.name]);

    // A second one in the same second gets a name of its own.
    const again = await t.ok(t.admin, 'backups.now', {});
    expect(again.name).toBe('manual-2026-11-23_10-00-00-2.sqlite');

    t.at('2026-11-24T09:00:00+08:00');
    const later = await t.ok(t.admin, 'backups.now', {});
    const list = await t.ok(t.admin, 'backups.list', {});
    expect(list.folder).toBe(t.app.host.defaultBackupDir);
    expect(list.files.map((f) => f.name)).toEqual([later.name, again.name, made.name]);
    expect(list.files[0]).toEqual(later);
    const audits = await t.app.db.selectFrom('audit_log').select(['action', 'actor_staff_id']).where('action', '=', 'backups.now').execute();
    expect(audits).toEqual(Array(3).fill({ action: 'backups.now', actor_staff_id: t.adminId }));
  });

  it('answers folder_missing when the chosen folder is not there, and is for admins only', async () => {
    const t = await createTestApp();
    const usb = path.join(t.dir, 'E-drive');
    await t.ok(t.admin, 'settings.update', { backupFolder: usb });
    expect(errorOf(await t.call(t.admin, 'backups.now', {}))).toEqual({ code: 'folder_missing', details: { path: usb } });
    expect(fs.existsSync(usb)).toBe(false);
    expect(errorOf(await t.call(t.admin, 'backups.restore', { name: 'x.sqlite' }))).toEqual({ code: 'folder_missing', details: { path: usb } });
    // Found by the fuzz test: a backup folder setting that names a file crashed restore.
    const notAFolder = path.join(t.dir, 'a-file');
    fs.writeFileSync(notAFolder, 'x');
    await t.ok(t.admin, 'settings.update', { backupFolder: notAFolder });
    expect(errorOf(await t.call(t.admin, 'backups.restore', { name: 'x.sqlite' }))).toEqual({ code: 'folder_missing', details: { path: notAFolder } });

    const teacher = await t.signIn('teacher');
    for (const method of ['backups.list', 'backups.now'] as const) expect(errorOf(await t.call(teacher, method, {})).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'backups.restore', { name: 'x.sqlite' })).code).toBe('forbidden');
  });
});

describe('backups.restore', () => {
  it('brings a good backup back, seen through dispatch, with the current file kept aside', async () => {
    const { t, backup } = await seededWithBackup();
    await t.ok(t.admin, 'children.create', childInput({ name: '李小兰' }));
    expect(await childNames(t)).toEqual(['李小兰', '王小红']);

    t.at('2026-11-23T11:00:00+08:00');
    const result = await t.ok(t.admin, 'backups.restore', { name: backup });
    expect(result).toEqual({ restoredFrom: backup, keptAside: 'pre-restore-2026-11-23T03-00-00-000Z.sqlite', schemaVersion: LATEST_VERSION });

    // The restore signed the admin out (staff and PINs are the backup's now); sign in again to look.
    expect(t.admin.role).toBe('kiosk');
    const unlocked = await t.ok(t.admin, 'auth.unlock', { staffId: t.adminId, pin: '1234' });
    expect(unlocked.status).toBe('unlocked');
    expect(await childNames(t)).toEqual(['王小红']);

    // The file as it was is kept, whole: both children are in it.
    const aside = new SQLite(path.join(t.app.host.defaultBackupDir, result.keptAside), { readonly: true });
    expect(aside.prepare('select name from child order by name').pluck().all()).toEqual(['李小兰', '王小红']);
    aside.close();
    expect(fs.existsSync(path.join(t.app.host.defaultBackupDir, backup))).toBe(true);

    const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'backups.restore').executeTakeFirstOrThrow();
    expect(audit.actor_staff_id).toBe(t.adminId);
    expect(JSON.parse(audit.details ?? '{}')).toMatchObject({ restoredFrom: backup, keptAside: result.keptAside });
    expect(t.app.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('restores an older backup and brings it up to the current schema', async () => {
    const t = await createTestApp();
    const folder = t.app.host.defaultBackupDir;
    fs.mkdirSync(folder, { recursive: true });
    const old = await openDatabase({ file: path.join(t.dir, 'old.sqlite'), targetVersion: 2 });
    const at = '2026-09-01T10:00:00+08:00';
    await old.db.insertInto('setting').values({ key: 'schoolName', value: '"旧小学"', created_at: at, updated_at: at }).execute();
    await old.sqlite.backup(path.join(folder, 'weekly-2026-W36.sqlite'));
    await old.close();

    const result = await t.ok(t.admin, 'backups.restore', { name: 'weekly-2026-W36.sqlite' });
    expect(result.schemaVersion).toBe(2);
    expect(t.app.sqlite.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect((await t.ok(t.kiosk, 'settings.get', {})).schoolName).toBe('旧小学');
    // Tables added after version 2 exist and work.
    expect(await t.app.db.selectFrom('task_status').selectAll().execute()).toEqual([]);
    // The admin who restored is not in that old file: the audit row names no staff row that is not there.
    const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'backups.restore').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_staff_id: null, actor_role: 'admin' });
  });

  const bad: [string, (file: string, good: string) => void, string][] = [
    ['garbage bytes', (file) => fs.writeFileSync(file, Buffer.alloc(16384, 0x5a)), 'unreadable'],
    ['a truncated file', (file, good) => fs.writeFileSync(file, fs.readFileSync(good).subarray(0, 3 * 4096 + 100)), 'integrity'],
    ['a damaged page', (file, good) => fs.writeFileSync(file, damagedCopy(good)), 'integrity'],
    ['a newer version', (file, good) => writeNewer(file, good), 'newer'],
    ['another program’s database', (file) => writeForeign(file), 'not_ours'],
  ];
  for (const [what, make, reason] of bad) {
    it(`refuses ${what} with backup_invalid (${reason}) and leaves the live database as it was`, async () => {
      const { t, backup } = await seededWithBackup();
      const folder = t.app.host.defaultBackupDir;
      await t.ok(t.admin, 'children.create', childInput({ name: '李小兰' }));
      make(path.join(folder, 'daily-2026-11-20.sqlite'), path.join(folder, backup));
      const before = contentOf(t.file);
      const filesBefore = fs.readdirSync(folder).sort();

      const error = errorOf(await t.call(t.admin, 'backups.restore', { name: 'daily-2026-11-20.sqlite' }));
      expect(error).toEqual({ code: 'backup_invalid', details: { reason, path: path.join(folder, 'daily-2026-11-20.sqlite') } });
      expect(contentOf(t.file)).toBe(before);
      expect(fs.readdirSync(folder).sort()).toEqual(filesBefore);
      expect(t.admin.role).toBe('admin');
      expect(await childNames(t)).toEqual(['李小兰', '王小红']);
    });
  }

  it('answers not_found for a name that is not in the backup folder, and refuses a path', async () => {
    const { t } = await seededWithBackup();
    expect(errorOf(await t.call(t.admin, 'backups.restore', { name: 'daily-1999-01-01.sqlite' }))).toEqual({
      code: 'not_found',
      details: { entity: 'backup' },
    });
    expect(errorOf(await t.call(t.admin, 'backups.restore', { name: '../room.sqlite' })).code).toBe('invalid_input');
  });
});

/** A copy of a good backup with one b-tree page in the middle overwritten. */
function damagedCopy(good: string): Buffer {
  const bytes = Buffer.from(fs.readFileSync(good));
  const pages = bytes.length / 4096;
  bytes.fill(0xa5, Math.floor(pages / 2) * 4096, Math.floor(pages / 2) * 4096 + 4096);
  return bytes;
}

function writeNewer(file: string, good: string): void {
  fs.copyFileSync(good, file);
  const raw = new SQLite(file);
  raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
  raw.close();
}

function writeForeign(file: string): void {
  const raw = new SQLite(file);
  raw.exec('create table photos (id integer primary key, path text)');
  raw.pragma('user_version = 1');
  raw.close();
}
