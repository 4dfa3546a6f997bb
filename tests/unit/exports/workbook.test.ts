// The bundle's workbook as the office works with it in Excel or WPS: a filter and a frozen header on
// every sheet, times as real dates it can sort and count by, and a total line under each log.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseCsv, readXlsx, WEEK, weekRoom } from './room';
import fs from 'node:fs';

const BASE = '青山小学-留守儿童之家-2026-W47';

describe('the weekly workbook', () => {
  it('has filters, frozen headers, date cells and total lines; the CSVs keep the rows only', async () => {
    const r = await weekRoom();
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out, includeContacts: false });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(run.bundlePath, `${BASE}.xlsx`));
    expect(book.worksheets.length).toBe(9);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      // Read back as the range it covers: the whole header row.
      expect(sheet.autoFilter).toBe(`A1:${sheet.getRow(1).getCell(sheet.getRow(1).cellCount).address}`);
      expect(sheet.getRow(1).font).toMatchObject({ bold: true });
    }

    const visits = book.getWorksheet('到室签到');
    if (!visits) throw new Error('no check-in sheet');
    expect(visits.getRow(1).getCell(5).value).toBe('签到时间');
    const checkedIn = visits.getRow(2).getCell(5);
    // Monday 16 November 2026, 16:00 in the room: stored as the wall time, shown as written.
    expect(checkedIn.value).toEqual(new Date(Date.UTC(2026, 10, 16, 16, 0)));
    expect(checkedIn.type).toBe(ExcelJS.ValueType.Date);
    expect(checkedIn.numFmt).toBe('yyyy-mm-dd hh:mm');
    const csv = parseCsv(fs.readFileSync(path.join(run.bundlePath, 'checkins.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const dataRows = csv.length - 1;
    const last = visits.getRow(dataRows + 2);
    expect(last.getCell(1).value).toBe(`合计：${dataRows} 条`);
    expect(last.font).toMatchObject({ bold: true });
    expect(visits.rowCount).toBe(dataRows + 2);
    // The CSV keeps the text and no total line: the office check recomputes its figures from it.
    expect(csv[1][4]).toBe('2026-11-16 16:00');
    expect(csv.flat().some((cell) => cell.startsWith('合计'))).toBe(false);

    // A column that is not all dates keeps its words (the summary's values mix numbers and text).
    const summary = book.getWorksheet('汇总');
    if (!summary) throw new Error('no summary sheet');
    summary.getColumn(2).eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Date));

    // The lists the PDF prints at the week's end (Sunday 22 November), as sheets the office can sort.
    const shown = await readXlsx(path.join(run.bundlePath, `${BASE}.xlsx`));
    expect(shown['30天以上未通话'][0]).toEqual(['序号', '姓名', '年级', '班级', '上次与父母通话', '未通话天数']);
    expect(shown['30天以上未通话']).toContainEqual([expect.any(Number), '李小红', 3, 1, '从未通话', null]);
    expect(shown['30天以上未通话']).toContainEqual([expect.any(Number), '王小军', 5, 1, '2026-10-10', 43]);
    const noCall = shown['30天以上未通话'].length - 2;
    expect(shown['30天以上未通话'].at(-1)?.[0]).toBe(`共 ${noCall} 条（截至 2026-11-22）`);
    expect(shown['逾期未还图书']).toEqual([
      ['序号', '书名', '条码', '姓名', '年级', '班级', '应还日期', '逾期天数'],
      [1, '三国演义', expect.any(String), '王小军', 5, 1, '2026-11-16', 6],
      ['共 1 条（截至 2026-11-22）', null, null, null, null, null, null, null],
    ]);
    // Its due date is a real date too.
    expect(book.getWorksheet('逾期未还图书')?.getRow(2).getCell(7).type).toBe(ExcelJS.ValueType.Date);
    expect(run.files).toBe(10);
  });
});
