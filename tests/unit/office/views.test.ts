// The office's views on SQLite and PostgreSQL, over three rooms and four weeks that cross a year's
// turn (2026-W52, 2026-W53, 2027-W01, 2027-W02): who sent which week, missing weeks, the trend per
// room and school with the county total, and the rooms to look at first.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportCountySheet } from '../../../electron/office/countySheet';
import { importFolder } from '../../../electron/office/importFolder';
import { attention, grid, trend, weekRows, weeksOf } from '../../../electron/office/views';
import { sampleWeek, writeBundle } from './bundleFixture';
import { DIALECTS, useOfficeTargets } from './targets';

const targets = useOfficeTargets();
const WEEKS = [
  ['2026-W52', '2026-12-21'],
  ['2026-W53', '2026-12-28'],
  ['2027-W01', '2027-01-04'],
  ['2027-W02', '2027-01-11'],
] as const;
const SPAN = { from: '2026-W52', to: '2027-W02' };

/** 阳光小学's two rooms send every week (the second room's visits grow); 青山小学 stops after 2026-W53. */
function county(name: string): string {
  const root = path.join(targets.dir, name);
  WEEKS.forEach(([week, monday], i) => {
    const visits = sampleWeek({ monday }).visits;
    writeBundle(root, sampleWeek({ week, monday }));
    writeBundle(root, sampleWeek({ room: '二号活动室', week, monday, visits: visits.slice(0, i + 1), noCall30Days: i }));
    if (i < 2) writeBundle(root, sampleWeek({ school: '青山小学', week, monday, duty: [{ planned: true, status: 'absent', date: monday }] }));
  });
  return root;
}

it('counts ISO weeks across a year with 53', () => {
  expect(weeksOf(SPAN)).toEqual(['2026-W52', '2026-W53', '2027-W01', '2027-W02']);
  expect(weeksOf({ from: '2027-W02', to: '2026-W52' })).toEqual([]);
});

describe.each(DIALECTS)('office views on %s', (dialect) => {
  it('draws the grid with missing weeks, the trend with the county total, and the rooms to look at first', async () => {
    const office = await targets.fresh(dialect);
    await importFolder(office, county(`v-${dialect}`));

    const g = await grid(office.db, SPAN);
    expect(g.weeks).toEqual(weeksOf(SPAN));
    // Pinyin order: 青 (qing) before 阳 (yang), 二 (er) before 留 (liu).
    expect(g.rooms.map((r) => [r.school, r.room, r.cells, r.missingSince])).toEqual([
      ['青山小学', '留守儿童之家', [1, 1, null, null], '2027-W01'],
      ['阳光小学', '二号活动室', [1, 1, 1, 1], null],
      ['阳光小学', '留守儿童之家', [1, 1, 1, 1], null],
    ]);

    const byRoom = await trend(office.db, SPAN, 'visits', 'room');
    expect(byRoom.series).toEqual([
      { name: '青山小学 · 留守儿童之家', values: [4, 4, null, null] },
      { name: '阳光小学 · 二号活动室', values: [1, 2, 3, 4] },
      { name: '阳光小学 · 留守儿童之家', values: [4, 4, 4, 4] },
    ]);
    expect(byRoom.total).toEqual([9, 10, 7, 8]);
    const bySchool = await trend(office.db, SPAN, 'visits', 'school');
    expect(bySchool.series).toEqual([
      { name: '青山小学', values: [4, 4, null, null] },
      { name: '阳光小学', values: [5, 6, 7, 8] },
    ]);

    const rows = await weekRows(office.db, { from: '2027-W02', to: '2027-W02' });
    expect(rows.map((r) => [r.room, r.visits, r.noCall30, r.dutiesPlanned, r.dutiesCovered])).toEqual([
      ['二号活动室', 4, 3, 2, 1],
      ['留守儿童之家', 4, 1, 2, 1],
    ]);

    // The county's sheet: one worksheet per view, headers in the room's language.
    const out = path.join(targets.dir, `xlsx-${dialect}`);
    fs.mkdirSync(out);
    const written = await exportCountySheet(office, SPAN, out, 'zh-CN', new Date('2027-01-18T09:00:00+08:00'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(written.path);
    expect(book.worksheets.map((s) => s.name)).toEqual(['报送情况', '各室各周', '到室趋势', '优先关注']);
    expect(book.getWorksheet('报送情况')?.getRow(2).values).toEqual([undefined, '青山小学', '留守儿童之家', '已报送', '已报送', '缺', '缺']);
    expect(book.getWorksheet('到室趋势')?.getRow(1).getCell(1).value).toBe('周次');
    expect(book.getWorksheet('到室趋势')?.getRow(2).values).toEqual([undefined, '2026年第52周', 4, 1, 4, 9]);
    await expect(exportCountySheet(office, SPAN, path.join(out, 'nowhere'), 'en', new Date())).rejects.toMatchObject({ code: 'folder_missing' });

    const first = await attention(office.db);
    const qing = first.find((r) => r.school === '青山小学');
    expect(qing).toMatchObject({ lastWeek: '2026-W53', silentWeeks: 2, missedDuties: 1 });
    expect(first.filter((r) => r.school === '阳光小学').map((r) => [r.lastWeek, r.silentWeeks])).toEqual([
      ['2027-W02', 0],
      ['2027-W02', 0],
    ]);
  });
});
