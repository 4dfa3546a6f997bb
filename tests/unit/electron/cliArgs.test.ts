// The command line as a scheduled task starts it (issue 18, item 2): where the command is found in the
// packaged and unpackaged shapes, --help, an unknown command, --log, --week last|current, and restore
// refused while the window holds the database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandLineOf, runCli, usage, type CliOutput } from '../../../electron/cli';
import { resolveWeek } from '../../../electron/cli/exportWeek';
import { heldBy, inUseMarkOf, markInUse } from '../../../electron/cli/inUse';
import { createApp } from '../../../electron/app';
import { kioskSession } from '../../../electron/session';
import { tempDir } from '../helpers';

const WIN = "C:\\Program Files\\Children's Home\\Children's Home.exe";
const APPIMAGE = '/home/li/Children.s.Home-0.1.0.AppImage';

function capture(): CliOutput & { logs: string[]; errors: string[] } {
  const logs: string[] = [];
  const errors: string[] = [];
  return { logs, errors, log: (m) => logs.push(m), error: (m) => errors.push(m) };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function dir(): string {
  const d = tempDir();
  dirs.push(d);
  return d;
}

describe('where the command line starts', () => {
  it('finds the command after any switches, in the packaged and the unpackaged shape', () => {
    const cases: [string[], boolean, string[] | null][] = [
      [[WIN], false, null],
      [[WIN, '--no-sandbox'], false, null],
      [[WIN, '--no-sandbox', '--disable-gpu'], false, null],
      [[WIN, 'export-week', '--week', 'last', '--out', 'E:\\'], false, ['export-week', '--week', 'last', '--out', 'E:\\']],
      [[APPIMAGE, '--no-sandbox', 'export-week', '--week', 'last'], false, ['export-week', '--week', 'last']],
      // A switch after the command is Chromium's too, not an option of the command.
      [[APPIMAGE, 'backup', '--no-sandbox', '--out', '/media/usb'], false, ['backup', '--out', '/media/usb']],
      [[APPIMAGE, '--ozone-platform=wayland', 'backup'], false, ['backup']],
      [[WIN, '--help'], false, ['--help']],
      [[WIN, '--no-sandbox', '-h'], false, ['-h']],
      [[WIN, 'export-everything'], false, ['export-everything']],
      [['/repo/node_modules/electron/dist/electron', '.'], true, null],
      [['/repo/node_modules/electron/dist/electron', '.', 'backup'], true, ['backup']],
      [['/repo/node_modules/electron/dist/electron', '--no-sandbox', '.', '--help'], true, ['--help']],
      [['/repo/node_modules/electron/dist/electron', '--no-sandbox', '.'], true, null],
    ];
    for (const [argv, defaultApp, expected] of cases) expect(commandLineOf(argv, defaultApp), argv.join(' ')).toEqual(expected);
  });

  it('prints the help with exit 0 for help, --help and -h, naming the program it was started as', async () => {
    for (const argv of [['help'], ['--help'], ['-h']]) {
      const out = capture();
      expect(await runCli(argv, out, undefined, '"Children\'s Home.exe"'), argv[0]).toBe(0);
      expect(out.logs.join('\n')).toContain(`Usage: "Children's Home.exe" <command> [options] [--log FILE]`);
      expect(out.logs.join('\n')).not.toContain('npm run');
    }
    expect(usage()).toContain('Usage: npm run cli -- <command>');
  });

  it('answers an unknown command with exit 2 and the usage', async () => {
    const out = capture();
    expect(await runCli(['export-everything'], out, undefined, 'childrens-home')).toBe(2);
    expect(out.errors[0]).toBe('Unknown command / 未知命令: export-everything');
    expect(out.errors[1]).toContain('Usage: childrens-home <command>');
  });
});

describe('--log FILE', () => {
  it('appends one line per run: time, command, exit code, and what was written or why not', async () => {
    const d = dir();
    const log = path.join(d, 'logs', 'export.log');
    const db = path.join(d, 'room.sqlite');
    const at = () => new Date('2026-12-06T18:05:00Z');
    expect(await runCli(['backup', '--db', db, '--out', path.join(d, 'usb'), '--log', log], capture(), at)).toBe(1);
    expect(await runCli(['backup', '--db', db, '--out', d, `--log=${log}`], capture(), at)).toBe(0);
    expect(await runCli(['export-everything', '--log', log], capture(), at)).toBe(2);
    const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const fields = lines.map((l) => l.split('\t'));
    for (const f of fields) expect(f[0]).toMatch(/^2026-12-0[67] \d\d:05:00 [+-]\d\d:\d\d$/);
    expect(fields[0].slice(1)).toEqual([
      `backup --db ${db} --out ${path.join(d, 'usb')}`,
      'exit 1',
      `Folder not found (is the USB drive plugged in?) / 找不到文件夹（U 盘是否已插好？）: ${path.join(d, 'usb')}`,
    ]);
    expect(fields[1][2]).toBe('exit 0');
    expect(fields[1][3]).toMatch(new RegExp(`Backup written / 备份已写入: ${d.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`));
    expect(fields[2].slice(1)).toEqual(['export-everything', 'exit 2', 'Unknown command / 未知命令: export-everything']);
  });

  it('answers --log without a file with exit 2', async () => {
    const out = capture();
    expect(await runCli(['backup', '--log'], out)).toBe(2);
    expect(out.errors[0]).toContain('--log');
  });
});

describe('export-week --week last|current', () => {
  it("names the last finished week and the current one from the room's date, across a year's turn", () => {
    // Sunday 6 December 2026 is in 2026-W49; Monday 4 January 2027 starts 2027-W01.
    expect(resolveWeek('current', '2026-12-06')).toBe('2026-W49');
    expect(resolveWeek('last', '2026-12-06')).toBe('2026-W48');
    expect(resolveWeek('last', '2026-12-07')).toBe('2026-W49');
    expect(resolveWeek('last', '2027-01-04')).toBe('2026-W53');
    expect(resolveWeek('current', '2027-01-03')).toBe('2026-W53');
    expect(resolveWeek('2026-W47', '2026-12-06')).toBe('2026-W47');
  });

  it("exports last week in the room's time zone: at 01:00 Monday Beijing time (Sunday UTC) the finished week is the one before", async () => {
    const d = dir();
    const db = path.join(d, 'room.sqlite');
    const app = await createApp({ file: db });
    const done = await app.dispatch('setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' }, kioskSession());
    await app.close();
    expect(done.ok).toBe(true);
    // 2026-12-06T17:00Z is Monday 7 December 01:00 in Asia/Shanghai: week 49 has just finished.
    const out = capture();
    expect(await runCli(['export-week', '--week', 'last', '--out', d, '--db', db], out, () => new Date('2026-12-06T17:00:00Z'))).toBe(0);
    expect(out.logs[0]).toMatch(/-2026-W49$/);
    const again = capture();
    expect(await runCli(['export-week', '--week', 'last', '--out', d, '--db', db], again, () => new Date('2026-12-06T15:00:00Z'))).toBe(0);
    expect(again.logs[0]).toMatch(/-2026-W48$/);
  });
});

describe('restore while the app is open', () => {
  it('refuses with exit 1 and leaves the database alone while a running app marks it; a mark left by a crash is ignored', async () => {
    const d = dir();
    const db = path.join(d, 'room.sqlite');
    fs.writeFileSync(db, 'not touched');
    // The window is another process: vitest's own parent stands in for it.
    fs.writeFileSync(inUseMarkOf(db), JSON.stringify({ pid: process.ppid }));
    expect(heldBy(db)).toBe(process.ppid);
    const out = capture();
    expect(await runCli(['restore', '--from', path.join(d, 'backup.sqlite'), '--db', db], out)).toBe(1);
    expect(out.errors[0]).toBe(
      `Not restored: the app is open and using this database (process ${process.ppid}). Close the app first. / 未恢复：程序正在使用此数据库（进程 ${process.ppid}），请先关闭程序。`,
    );
    expect(fs.readFileSync(db, 'utf8')).toBe('not touched');

    // A pid that no longer runs.
    fs.writeFileSync(inUseMarkOf(db), JSON.stringify({ pid: 2 ** 22 + 17 }));
    expect(heldBy(db)).toBeNull();
    const release = markInUse(db);
    expect(heldBy(db)).toBeNull(); // this very process is not "another app"
    release();
    expect(fs.existsSync(inUseMarkOf(db))).toBe(false);
  });
});
