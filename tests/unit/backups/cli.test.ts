import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { commandLineOf, runCli } from '../../../electron/cli';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { kioskSession } from '../../../electron/session';
import { tempDir } from '../helpers';
import { capture } from '../cliCapture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const now = () => new Date('2026-11-23T02:00:00Z');

/** A set-up room with one school name, in a fresh folder. */
async function roomWith(school: string): Promise<{ dir: string; file: string }> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'children-home.sqlite');
  const app = await createApp({ file, now });
  const result = await app.dispatch('setup.complete', { schoolName: school, roomName: '留守儿童之家', adminName: '陈静', pin: '1234' }, kioskSession());
  await app.close();
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { dir, file };
}

function schoolOf(file: string): unknown {
  const raw = new SQLite(file, { readonly: true });
  try {
    return JSON.parse(raw.prepare("select value from setting where key = 'schoolName'").pluck().get() as string);
  } finally {
    raw.close();
  }
}

function contentHash(file: string): string {
  const raw = new SQLite(file, { readonly: true });
  try {
    const tables = raw.prepare("select name from sqlite_master where type = 'table' order by name").pluck().all() as string[];
    return createHash('sha256')
      .update(tables.map((t) => JSON.stringify(raw.prepare(`select * from "${t}" order by rowid`).all())).join())
      .digest('hex');
  } finally {
    raw.close();
  }
}

describe('cli backup', () => {
  it('writes a checked manual backup into --out, or the backup folder beside the database', async () => {
    const { dir, file } = await roomWith('青山小学');
    const usb = path.join(dir, 'usb');
    fs.mkdirSync(usb);
    const out = capture();
    expect(await runCli(['backup', '--db', file, '--out', usb], out, now)).toBe(0);
    const name = 'manual-2026-11-23_10-00-00.sqlite';
    expect(out.logs.join('\n')).toContain(path.join(usb, name));
    expect(fs.readdirSync(usb)).toEqual([name]);
    expect(schoolOf(path.join(usb, name))).toBe('青山小学');

    expect(await runCli(['backup', '--db', file], capture(), now)).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual([name]);

    const raw = new SQLite(file, { readonly: true });
    expect(raw.prepare("select actor_role from audit_log where action = 'backups.now'").pluck().all()).toEqual(['cli', 'cli']);
    raw.close();
  });

  it('says a missing --out folder in plain words and exits 1', async () => {
    const { dir, file } = await roomWith('青山小学');
    const out = capture();
    expect(await runCli(['backup', '--db', file, '--out', path.join(dir, 'E')], out, now)).toBe(1);
    expect(out.errors.join('\n')).toContain('Folder not found (is the USB drive plugged in?) / 找不到文件夹');
    expect(fs.existsSync(path.join(dir, 'E'))).toBe(false);
  });

  it('says a damaged database in plain words, in Chinese and English, and exits 1', async () => {
    const { file } = await roomWith('青山小学');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x42));
    const out = capture();
    expect(await runCli(['backup', '--db', file], out, now)).toBe(1);
    const said = out.errors.join('\n');
    expect(said).toContain('数据文件已损坏');
    expect(said).toContain('The data file is damaged');
    expect(said).toContain(file);
  });
});

describe('cli restore', () => {
  it('restores a backup from any path, keeping the current database aside', async () => {
    const { dir: otherDir, file: other } = await roomWith('红岩小学');
    const backup = path.join(otherDir, 'copy-from-the-office.sqlite');
    expect(await runCli(['backup', '--db', other, '--out', otherDir], capture(), now)).toBe(0);
    fs.renameSync(path.join(otherDir, 'manual-2026-11-23_10-00-00.sqlite'), backup);
    const { dir, file } = await roomWith('青山小学');

    const out = capture();
    expect(await runCli(['restore', '--from', backup, '--db', file], out, now)).toBe(0);
    expect(schoolOf(file)).toBe('红岩小学');
    const aside = path.join(dir, 'backups', 'pre-restore-2026-11-23T02-00-00-000Z.sqlite');
    expect(schoolOf(aside)).toBe('青山小学');
    expect(out.logs.join('\n')).toContain(aside);
    expect(fs.existsSync(backup)).toBe(true);
    const raw = new SQLite(file, { readonly: true });
    expect(raw.prepare("select actor_role from audit_log where action = 'backups.restore'").pluck().all()).toEqual(['cli']);
    raw.close();
  });

  it('refuses a damaged or newer backup before opening the database, which stays as it was', async () => {
    const { dir, file } = await roomWith('青山小学');
    const before = contentHash(file);
    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x42));
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(file, newer);
    const raw = new SQLite(newer);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();

    for (const [from, words] of [
      [garbage, 'the file cannot be read as a database'],
      [newer, 'it was made by a newer version of this app'],
      [path.join(dir, 'missing.sqlite'), 'the file cannot be read as a database'],
    ]) {
      const out = capture();
      expect(await runCli(['restore', '--from', from, '--db', file], out, now), from).toBe(1);
      expect(out.errors.join('\n')).toContain(words);
    }
    expect(contentHash(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);

    const usage = capture();
    expect(await runCli(['restore', '--db', file], usage, now)).toBe(2);
    expect(usage.errors.join('\n')).toContain('Missing --from FILE');
  });

  it('puts a backup in place of a damaged database, keeping the damaged file under another name', async () => {
    const { dir: otherDir, file: other } = await roomWith('红岩小学');
    expect(await runCli(['backup', '--db', other, '--out', otherDir], capture(), now)).toBe(0);
    const backup = path.join(otherDir, 'manual-2026-11-23_10-00-00.sqlite');
    const { dir, file } = await roomWith('青山小学');
    fs.writeFileSync(file, Buffer.alloc(8192, 0x42));

    const out = capture();
    expect(await runCli(['restore', '--from', backup, '--db', file], out, now)).toBe(0);
    expect(schoolOf(file)).toBe('红岩小学');
    const damaged = path.join(dir, 'children-home.damaged-2026-11-23T02-00-00-000Z.sqlite');
    expect(fs.readFileSync(damaged).equals(Buffer.alloc(8192, 0x42))).toBe(true);
    expect(out.logs.join('\n')).toContain(damaged);
  });
});

describe('the packaged app started with a command', () => {
  it('runs the command line when a word follows the app and its switches, else opens the window', () => {
    expect(commandLineOf(["C:\\Program Files\\Children's Home\\Children's Home.exe", 'backup', '--out', 'E:\\'], false)).toEqual(['backup', '--out', 'E:\\']);
    expect(commandLineOf(['/usr/bin/electron', '.', 'restore', '--from', 'x.sqlite'], true)).toEqual(['restore', '--from', 'x.sqlite']);
    expect(commandLineOf(["Children's Home.exe"], false)).toBeNull();
    expect(commandLineOf(["Children's Home.exe", '--no-sandbox'], false)).toBeNull();
    // A word that is no command is still a command line: runCli answers it with exit 2, no window opens.
    expect(commandLineOf(["Children's Home.exe", 'toString'], false)).toEqual(['toString']);
    expect(commandLineOf(['/usr/bin/electron', '.'], true)).toBeNull();
  });
});
