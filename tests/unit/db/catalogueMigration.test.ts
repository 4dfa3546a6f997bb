// Migration 0011 gives every title already catalogued the sort key the app writes for a new one, so
// an upgraded room's catalogue pages in pinyin order from the first start.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../electron/db/open';
import { titleSortKey } from '../../../electron/services/library/books';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const open: OpenDatabase[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function openAt(file: string, targetVersion?: number): Promise<OpenDatabase> {
  const o = await openDatabase({ file, targetVersion });
  open.push(o);
  return o;
}

describe('migration 0011 (catalogue paging)', () => {
  it("back-fills each title's pinyin key, so the titles come out in pinyin order, ties by id", async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'room.sqlite');
    const old = await openAt(file, 10);
    const at = '2026-11-23T10:00:00+08:00';
    const titles = ['中国童话', '长江', 'Harry Potter与魔法石', '第10册', '阿凡提', '白雪公主', '第2册', '长江'];
    // Bare SQL: the version 10 table has no title_sort, which the app's types now require.
    const insert = old.sqlite.prepare('insert into book (title, created_at, updated_at) values (?, ?, ?)');
    for (const title of titles) insert.run(title, at, at);
    await old.close();

    const upgraded = await openAt(file);
    const rows = await upgraded.db.selectFrom('book').select(['id', 'title', 'title_sort']).orderBy('title_sort').orderBy('id').execute();
    expect(rows.map((r) => [r.title, r.title_sort])).toEqual([
      ['阿凡提', 'a fan ti'],
      ['白雪公主', 'bai xue gong zhu'],
      ['长江', 'chang jiang'],
      ['长江', 'chang jiang'],
      ['第2册', 'di 00000002 ce'],
      ['第10册', 'di 00000010 ce'],
      ['Harry Potter与魔法石', 'harry potter yu mo fa shi'],
      ['中国童话', 'zhong guo tong hua'],
    ]);
    // The same keys the app writes today, and the two 长江 in the order they were catalogued.
    for (const r of rows) expect(r.title_sort).toBe(titleSortKey(r.title));
    expect(rows.filter((r) => r.title === '长江').map((r) => r.id)).toEqual([2, 8]);
  });
});
