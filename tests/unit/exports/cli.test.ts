import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli';
import { manifestSchema } from '../../../shared/bundle';
import { readXlsx, WEEK, weekRoom } from './room';
import { capture } from '../cliCapture';

/** The fixture room's database, closed so the command line can open it as the scheduled task would. */
async function closedRoom() {
  const r = await weekRoom();
  const now = r.t.clock.now;
  await r.t.app.close();
  return { file: r.t.file, out: r.out, now, dir: r.t.dir };
}

describe('cli export-week', () => {
  it('writes the bundle without the window, prints its path and row counts, and records it as a command-line run', async () => {
    const room = await closedRoom();
    const out = capture();
    expect(await runCli(['export-week', '--week', WEEK, '--out', room.out, '--db', room.file], out, room.now)).toBe(0);
    const bundle = path.join(room.out, '青山小学-留守儿童之家-2026-W47');
    expect(out.logs[0]).toBe(`Bundle / 数据包: ${bundle}`);
    expect(out.logs.join('\n')).toMatch(/checkins\s+3\s+到室签到/);
    expect(out.logs.join('\n')).toMatch(/calls\s+2\s+亲情电话/);
    expect(out.logs.at(-1)).toBe('Rows / 行数: 16; files / 文件: 10; contact details / 联系方式: no / 不含');
    const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(bundle, 'manifest.json'), 'utf8')));
    expect(manifest).toMatchObject({ trigger: 'cli', includeContacts: false });

    const again = capture();
    expect(await runCli(['export-week', '--week', WEEK, '--out', room.out, '--db', room.file, '--include-contacts'], again, room.now)).toBe(0);
    expect(again.logs[0]).toBe(`Bundle / 数据包: ${bundle}-r2`);
    const book = await readXlsx(path.join(`${bundle}-r2`, '青山小学-留守儿童之家-2026-W47.xlsx'));
    expect(book['亲情电话'][1]).toContain('13987654321');
  });

  it('answers a bad week or a missing --out with exit 2, and a missing folder or database with exit 1', async () => {
    const room = await closedRoom();
    const cases: [string[], number, string][] = [
      [['export-week', '--week', '2026-47', '--out', room.out, '--db', room.file], 2, 'Not an ISO week / 周次无效: 2026-47'],
      [['export-week', '--week', '2025-W53', '--out', room.out, '--db', room.file], 2, 'Not an ISO week / 周次无效: 2025-W53'],
      [['export-week', '--week', WEEK, '--db', room.file], 2, '--out DIR'],
      [['export-week', '--week', WEEK, '--out', path.join(room.out, 'E盘'), '--db', room.file], 1, `Folder not found / 找不到文件夹: ${path.join(room.out, 'E盘')}`],
      [['export-week', '--week', '2026-W49', '--out', room.out, '--db', room.file], 1, 'has not begun yet'],
      [['export-week', '--week', WEEK, '--out', room.out, '--db', path.join(room.dir, 'other.sqlite')], 1, 'Database not found / 找不到数据库'],
    ];
    for (const [argv, code, message] of cases) {
      const out = capture();
      expect([argv.join(' '), await runCli(argv, out, room.now)]).toEqual([argv.join(' '), code]);
      expect(out.errors.join('\n')).toContain(message);
    }
    expect(fs.readdirSync(room.out)).toEqual([]);
    expect(fs.existsSync(path.join(room.dir, 'other.sqlite'))).toBe(false);
  });
});
