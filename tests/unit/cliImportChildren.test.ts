import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../electron/app';
import { runCli } from '../../electron/cli';
import { tempDir } from './helpers';
import { capture } from './cliCapture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function freshDb(): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'room.sqlite');
  await (await createApp({ file })).close();
  return file;
}

async function names(file: string): Promise<string[]> {
  const app = await createApp({ file });
  try {
    return (await app.db.selectFrom('child').select('name').orderBy('name').execute()).map((c) => c.name);
  } finally {
    await app.close();
  }
}

const FIXTURE = path.join(__dirname, '../fixtures/childImport');
// 2026-12-04: the school year 2026–27, as the fixtures' README reckons grades.
const now = () => new Date('2026-12-04T02:00:00Z');

describe('cli import-children', () => {
  it('--dry-run --json prints one object with every row, its fields and problems, and writes nothing', async () => {
    const db = await freshDb();
    const out = capture();
    expect(await runCli(['import-children', path.join(FIXTURE, 'wps-two-header-rows.xlsx'), '--db', db, '--dry-run', '--json'], out, now)).toBe(0);
    expect(out.logs).toHaveLength(1);
    const printed = JSON.parse(out.logs[0]) as {
      rows: { row: number; status: string; name: string | null; fields: Record<string, unknown>; problems: unknown[] }[];
      summary: unknown;
    };
    expect(printed.summary).toEqual({ new: 5, update: 0, repeat: 0, skipped: 0, error: 1 });
    // Footer rows (12, 13) do not appear.
    expect(printed.rows.map((r) => [r.row, r.status, r.name])).toEqual([
      [5, 'new', '刘子涵'],
      [6, 'new', '何雨欣'],
      [7, 'new', '邓浩'],
      [9, 'new', '彭思语'],
      [10, 'new', '谢婷'],
      [11, 'error', '钟明轩'],
    ]);
    expect(printed.rows[3].fields).toMatchObject({
      birthDate: '2015-10-12',
      deFactoUnsupported: true,
      grade: 4,
      classNo: 1,
      guardianRelation: 'paternal_aunt',
    });
    expect(printed.rows[4].fields.guardianPhone).toBe('13507396666');
    expect(printed.rows[5].problems).toEqual([
      { column: '出生年月', code: 'date' },
      { column: '监护人情况 / 联系电话', code: 'phone' },
    ]);
    expect(await names(db)).toEqual([]);
  });

  it('imports without --dry-run, then finds the same children again as updates', async () => {
    const db = await freshDb();
    const list = path.join(FIXTURE, 'registry-entry-year.xlsx');
    const first = capture();
    expect(await runCli(['import-children', list, '--db', db], first, now)).toBe(0);
    expect(first.logs.at(-1)).toMatch(/3 new.*0 updated.*1 not imported/);
    expect(await names(db)).toEqual(['易诗涵', '曹文博', '龙雨桐'].sort());
    const second = capture();
    expect(await runCli(['import-children', list, '--db', db, '--json', '--dry-run'], second, now)).toBe(0);
    expect(JSON.parse(second.logs[0]).summary).toEqual({ new: 0, update: 3, repeat: 0, skipped: 1, error: 0 });
  });

  it('exits 2 without a file, 1 for a missing file or one with no list of children in it', async () => {
    const db = await freshDb();
    const none = capture();
    expect(await runCli(['import-children', '--db', db], none, now)).toBe(2);
    const missing = capture();
    expect(await runCli(['import-children', path.join(FIXTURE, 'nope.xlsx'), '--db', db], missing, now)).toBe(1);
    expect(missing.errors[0]).toContain('nope.xlsx');
    const dir = tempDir();
    dirs.push(dir);
    const text = path.join(dir, 'list.csv');
    fs.writeFileSync(text, '书名,作者\r\n小王子,圣埃克苏佩里\r\n');
    const unreadable = capture();
    expect(await runCli(['import-children', text, '--db', db], unreadable, now)).toBe(1);
    expect(unreadable.errors[0]).toContain('姓名');
  });
});
