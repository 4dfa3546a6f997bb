import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { openDatabase, schemaVersion, type OpenDatabase } from '../../../electron/db/open';
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
    const insert = o.db
      .insertInto('child_parent')
      .values({ child_id: 999, relation: 'father', name: '某人', created_at: at, updated_at: at })
      .execute();
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
