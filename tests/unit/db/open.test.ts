import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase, schemaVersion, StartupError, type OpenDatabase } from '../../../electron/db/open';
import { AppError } from '../../../shared/errors';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const open: OpenDatabase[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function freshFile(): { dir: string; file: string } {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, file: path.join(dir, 'room.sqlite') };
}

async function track(p: Promise<OpenDatabase>): Promise<OpenDatabase> {
  const o = await p;
  open.push(o);
  return o;
}

function sha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A file written by a newer app: a table this app does not know, and a higher user_version. */
function writeNewerDatabase(file: string, journal: 'wal' | 'delete'): void {
  const raw = new SQLite(file);
  raw.pragma(`journal_mode = ${journal}`);
  raw.exec("create table future_thing (id integer primary key, note text); insert into future_thing (note) values ('kept')");
  raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
  raw.close();
}

describe('openDatabase', () => {
  it('sets the pragmas for a PC that loses power', async () => {
    const { file } = freshFile();
    const o = await track(openDatabase({ file }));
    expect(o.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(o.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(o.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThan(0);
  });

  it('enforces foreign keys', async () => {
    const { file } = freshFile();
    const o = await track(openDatabase({ file }));
    const at = '2026-11-23T10:00:00+08:00';
    const insert = o.db.insertInto('child_parent').values({ child_id: 999, relation: 'father', name: '某人', created_at: at, updated_at: at }).execute();
    await expect(insert).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_FOREIGNKEY' });
  });

  it('creates the folder of a file that does not exist yet, and makes no backup for it', async () => {
    const { dir } = freshFile();
    const file = path.join(dir, 'nested', 'room.sqlite');
    const backupDir = path.join(dir, 'bk');
    const o = await track(openDatabase({ file, backupDir }));
    expect(o.backupFile).toBeNull();
    expect(fs.existsSync(backupDir)).toBe(false);
    expect(fs.existsSync(path.join(dir, 'nested', 'backups'))).toBe(false);
    expect(schemaVersion(o.sqlite)).toBe(LATEST_VERSION);
  });

  for (const journal of ['wal', 'delete'] as const) {
    it(`refuses a database newer than the app (${journal} journal) with database_newer, leaving it untouched`, async () => {
      const { dir, file } = freshFile();
      writeNewerDatabase(file, journal);
      const before = sha256(file);
      const backupDir = path.join(dir, 'bk');

      const error = await openDatabase({ file, backupDir }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('database_newer');

      expect(sha256(file)).toBe(before);
      expect(fs.existsSync(backupDir)).toBe(false);
      const raw = new SQLite(file, { readonly: true });
      expect(schemaVersion(raw)).toBe(LATEST_VERSION + 1);
      expect(raw.prepare('select note from future_thing').pluck().all()).toEqual(['kept']);
      expect(raw.prepare("select count(*) from sqlite_master where name = 'child'").pluck().get()).toBe(0);
      raw.close();
    });
  }

  it('createApp refuses a newer database too', async () => {
    const { file } = freshFile();
    writeNewerDatabase(file, 'wal');
    await expect(createApp({ file })).rejects.toMatchObject({ code: 'database_newer' });
  });

  it('backs an older database up to backupDir before migrating it', async () => {
    const { dir, file } = freshFile();
    const old = await openDatabase({ file, targetVersion: 1 });
    const at = '2026-11-23T10:00:00+08:00';
    await old.db.insertInto('setting').values({ key: 'schoolName', value: '"青山小学"', created_at: at, updated_at: at }).execute();
    await old.close();

    const backupDir = path.join(dir, 'bk');
    const o = await track(openDatabase({ file, backupDir, now: () => new Date('2026-11-23T02:00:00Z') }));
    expect(schemaVersion(o.sqlite)).toBe(LATEST_VERSION);
    expect(o.backupFile).not.toBeNull();
    const backupFile = o.backupFile ?? '';
    expect(path.dirname(backupFile)).toBe(backupDir);
    expect(path.basename(backupFile)).toContain('v1');
    expect(fs.readdirSync(backupDir)).toEqual([path.basename(backupFile)]);

    const copy = new SQLite(backupFile, { readonly: true });
    expect(schemaVersion(copy)).toBe(1);
    expect(copy.prepare('select value from setting where key = ?').pluck().get('schoolName')).toBe('"青山小学"');
    expect(copy.prepare("select count(*) from sqlite_master where name = 'child'").pluck().get()).toBe(0);
    copy.close();
  });

  it('puts the backup beside the file in backups/ when no backupDir is given', async () => {
    const { dir, file } = freshFile();
    await (await openDatabase({ file, targetVersion: 1 })).close();
    const o = await track(openDatabase({ file }));
    expect(o.backupFile).not.toBeNull();
    expect(path.dirname(o.backupFile ?? '')).toBe(path.join(dir, 'backups'));
    expect(fs.existsSync(o.backupFile ?? '')).toBe(true);
  });
});

/** Runs a command; false when it cannot run here (no such tool, no permission). */
function tryRun(command: string, args: string[]): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function canWrite(target: string): boolean {
  try {
    if (fs.statSync(target).isDirectory()) {
      const probe = path.join(target, '.probe');
      fs.writeFileSync(probe, '');
      fs.rmSync(probe);
    } else {
      fs.appendFileSync(target, '');
    }
    return true;
  } catch {
    return false;
  }
}

const undoers: (() => void)[] = [];
afterEach(() => {
  for (const undo of undoers.splice(0).reverse()) undo();
});

/**
 * Makes a file or folder really read-only for whoever runs the tests: chmod, and where that does not
 * stop the writer (root) the immutable flag, which stops root too. False when neither works here.
 */
function makeReadOnly(target: string): boolean {
  const mode = fs.statSync(target).mode & 0o777;
  fs.chmodSync(target, fs.statSync(target).isDirectory() ? 0o555 : 0o444);
  undoers.push(() => fs.chmodSync(target, mode));
  if (!canWrite(target)) return true;
  if (!tryRun('chattr', ['+i', target])) return false;
  undoers.push(() => tryRun('chattr', ['-i', target]));
  return !canWrite(target);
}

async function startupErrorFrom(p: Promise<OpenDatabase>): Promise<StartupError> {
  const result = await p.then(
    (o) => o,
    (e: unknown) => e,
  );
  if (!(result instanceof StartupError)) {
    if (result && 'close' in (result as OpenDatabase)) await (result as OpenDatabase).close();
    throw new Error(`expected a StartupError, got ${String(result)}`);
  }
  return result;
}

/** A set-up database with some rows, closed: a file like the room's. */
async function roomFile(file: string): Promise<void> {
  const o = await openDatabase({ file });
  const at = '2026-11-23T10:00:00+08:00';
  for (let i = 0; i < 200; i += 1) {
    await o.db
      .insertInto('setting')
      .values({ key: `k${i}`, value: JSON.stringify('值'.repeat(40)), created_at: at, updated_at: at })
      .execute();
  }
  await o.close();
}

describe('openDatabase: file trouble at start-up', () => {
  it('calls garbage bytes corrupt and writes nothing: same bytes, no journal, no backup', async () => {
    const { dir, file } = freshFile();
    fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    const before = sha256(file);
    const error = await startupErrorFrom(openDatabase({ file, backupDir: path.join(dir, 'bk') }));
    expect(error).toMatchObject({ kind: 'corrupt', file });
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['room.sqlite']);
  });

  it('calls a file with a damaged page corrupt and leaves its bytes as they were', async () => {
    const { dir, file } = freshFile();
    await roomFile(file);
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 4096 / 2) * 4096;
    bytes.fill(0xa5, middle, middle + 4096);
    fs.writeFileSync(file, bytes);
    const before = sha256(file);

    const error = await startupErrorFrom(openDatabase({ file, backupDir: path.join(dir, 'bk') }));
    expect(error.kind).toBe('corrupt');
    expect(error.code).toBe('internal');
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'bk'))).toBe(false);
  });

  it('leaves a damaged file and the -wal of a crash exactly as they were (no checkpoint on close)', async () => {
    const { dir, file } = freshFile();
    await roomFile(file);
    // A crash: committed rows still only in the -wal, copied away while the writer is open.
    const writer = new SQLite(file);
    writer.pragma('wal_autocheckpoint = 0');
    writer.prepare("insert into audit_log (actor_role, action, table_name, created_at, updated_at) values ('system', 'x', 'y', 'a', 'b')").run();
    const crashed = path.join(dir, 'crashed.sqlite');
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    writer.close();
    const bytes = fs.readFileSync(crashed);
    bytes.fill(0xa5, bytes.length - 4096);
    fs.writeFileSync(crashed, bytes);
    const before = [sha256(crashed), sha256(`${crashed}-wal`)];
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);

    const error = await startupErrorFrom(openDatabase({ file: crashed }));
    expect(error.kind).toBe('corrupt');
    expect([sha256(crashed), sha256(`${crashed}-wal`)]).toEqual(before);
  });

  it('calls a file another program holds exclusively locked, and opens it once let go', async () => {
    const { file } = freshFile();
    await roomFile(file);
    const other = new SQLite(file);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      const error = await startupErrorFrom(openDatabase({ file, busyTimeoutMs: 50 }));
      expect(error).toMatchObject({ kind: 'locked', code: 'file_write_failed' });
    } finally {
      other.exec('COMMIT');
      other.close();
    }
    const o = await track(openDatabase({ file, busyTimeoutMs: 50 }));
    expect(schemaVersion(o.sqlite)).toBe(LATEST_VERSION);
  });

  it('calls a newer file newer (still AppError database_newer)', async () => {
    const { file } = freshFile();
    writeNewerDatabase(file, 'wal');
    const error = await startupErrorFrom(openDatabase({ file }));
    expect(error).toMatchObject({ kind: 'newer', code: 'database_newer' });
    expect(error).toBeInstanceOf(AppError);
  });

  it('calls a read-only file read_only before writing to it', async (context) => {
    const { dir, file } = freshFile();
    await (await openDatabase({ file, targetVersion: 1 })).close();
    const before = sha256(file);
    if (!makeReadOnly(file)) context.skip('neither chmod nor chattr +i makes a file read-only here');
    const error = await startupErrorFrom(openDatabase({ file, backupDir: path.join(dir, 'bk') }));
    expect(error).toMatchObject({ kind: 'read_only', file });
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'bk'))).toBe(false);
  });

  it('calls a read-only folder read_only (WAL needs to create files beside the database)', async (context) => {
    const { dir } = freshFile();
    const folder = path.join(dir, 'data');
    const file = path.join(folder, 'room.sqlite');
    await roomFile(file);
    const before = sha256(file);
    if (!makeReadOnly(folder)) context.skip('neither chmod nor chattr +i makes a folder read-only here');
    const error = await startupErrorFrom(openDatabase({ file }));
    expect(error.kind).toBe('read_only');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['room.sqlite']);
  });

  it('calls a full disk disk_full when the migrations cannot be written, and keeps the old data', async (context) => {
    const { dir } = freshFile();
    const disk = path.join(dir, 'disk');
    fs.mkdirSync(disk);
    // A real full disk: a 2 MB tmpfs. Needs root with mount rights (CI containers often have them).
    if (!tryRun('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', disk])) context.skip('cannot mount a small tmpfs here (needs root)');
    undoers.push(() => tryRun('umount', [disk]));
    const file = path.join(disk, 'room.sqlite');
    const old = await openDatabase({ file, targetVersion: 1 });
    const at = '2026-11-23T10:00:00+08:00';
    await old.db.insertInto('setting').values({ key: 'schoolName', value: '"青山小学"', created_at: at, updated_at: at }).execute();
    await old.close();
    // Fill the disk, leaving room for SQLite's shared-memory file but not for the migrations.
    const filler = fs.openSync(path.join(disk, 'filler'), 'w');
    for (let written = 0; written < 2 * 1024 * 1024 - 80_000; written += 4096) fs.writeSync(filler, Buffer.alloc(4096, 1));
    fs.closeSync(filler);

    const error = await startupErrorFrom(openDatabase({ file, backupDir: path.join(dir, 'bk') }));
    expect(error).toMatchObject({ kind: 'disk_full', code: 'file_write_failed' });
    fs.rmSync(path.join(disk, 'filler'));
    const raw = new SQLite(file, { readonly: true });
    expect(schemaVersion(raw)).toBe(1);
    expect(raw.prepare("select value from setting where key = 'schoolName'").pluck().get()).toBe('"青山小学"');
    raw.close();
  });

  it('calls a full backup folder disk_full when the pre-migration copy cannot be written', async (context) => {
    const { dir, file } = freshFile();
    await (await openDatabase({ file, targetVersion: 1 })).close();
    const disk = path.join(dir, 'usb');
    fs.mkdirSync(disk);
    if (!tryRun('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk])) context.skip('cannot mount a small tmpfs here (needs root)');
    undoers.push(() => tryRun('umount', [disk]));
    fs.writeFileSync(path.join(disk, 'filler'), Buffer.alloc(60 * 1024, 1));

    const error = await startupErrorFrom(openDatabase({ file, backupDir: disk }));
    expect(error.kind).toBe('disk_full');
    expect(fs.readdirSync(disk)).toEqual(['filler']);
    const raw = new SQLite(file, { readonly: true });
    expect(schemaVersion(raw)).toBe(1);
    raw.close();
  });
});
