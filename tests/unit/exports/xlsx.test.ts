// The workbook writer (electron/services/exports/xlsx.ts) read back with exceljs, the library the app
// wrote it with before, and opened part by part: every sheet keeps what exceljs gave the office, text a
// spreadsheet would evaluate stays text, messy characters do not break the file, and the zip is sound.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import type { Cell, Table } from '../../../electron/services/exports/sheets/types';
import { toXlsx } from '../../../electron/services/exports/xlsx';

const AT = new Date('2026-11-24T01:02:03.456Z');

interface Written {
  book: ExcelJS.Workbook;
  parts: Record<string, string>;
  data: Buffer;
}

async function written(tables: Table[], createdAt = AT): Promise<Written> {
  const data = await toXlsx(tables, createdAt);
  const parts = Object.fromEntries(Object.entries(unzipSync(data)).map(([name, bytes]) => [name, strFromU8(bytes)]));
  const book = new ExcelJS.Workbook();
  // exceljs types its input as an ArrayBuffer (JSZip reads either).
  await book.xlsx.load(new Uint8Array(data).buffer);
  return { book, parts, data };
}

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** A well-formedness error of an XML part, or null: saxes (exceljs's own parser) also refuses characters XML 1.0 cannot carry. */
function xmlError(xml: string): string | null {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | null = null;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}

const REGISTER: Table = {
  title: '到室签到',
  caption: '青山小学 留守儿童之家 2026-11-24',
  header: ['序号', '姓名', '签到时间', '日期', '备注'],
  rows: [
    [1, '张小明', '2026-11-16 16:00', '2026-11-16', '奶奶接走'],
    [2, '李红', null, '2026-11-17', null],
    [3, ' 王军 ', '2026-11-17 08:05', '', 'x'],
  ],
  total: '合计：3 条',
};
const PLAIN: Table = { title: 'Plain', header: ['a', 'b'], rows: [[1.5, 'one']] };

describe('the workbook writer', () => {
  it('keeps the sheets, caption, bold frozen header, filter, numbers, blanks, total line, widths and dates', async () => {
    const { book, parts } = await written([REGISTER, PLAIN]);
    expect(book.worksheets.map((s) => s.name)).toEqual(['到室签到', 'Plain']);
    const sheet = sheetOf(book, '到室签到');

    // The caption: bold 14, merged over the header's width; the header below it stays in view with the filter on it.
    expect(sheet.getCell('A1').value).toBe(REGISTER.caption);
    expect(sheet.getRow(1).font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell('E1').master.address).toBe('A1');
    expect(sheet.getCell('F1').isMerged).toBe(false);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    expect(sheet.autoFilter).toBe('A2:E2');
    expect(sheet.getRow(2).values).toEqual([undefined, ...REGISTER.header]);
    expect(sheet.getRow(2).font).toMatchObject({ bold: true });
    expect(sheet.getCell('E2').font).toMatchObject({ bold: true });
    expect(sheet.getCell('E2').font.size).not.toBe(14);
    expect(sheet.getCell('B3').font?.bold).toBeFalsy();

    // Numbers are numbers, text is text, a null is no cell.
    expect(sheet.getCell('A3').value).toBe(1);
    expect(sheet.getCell('B3').value).toBe('张小明');
    expect(sheet.getCell('B5').value).toBe(' 王军 ');
    expect(sheet.getCell('C4').type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.getCell('E4').type).toBe(ExcelJS.ValueType.Null);

    // Dates: stored as the wall time in UTC fields, in the column's format; a blank ('') stays a blank string.
    expect(sheet.getCell('C3').value).toEqual(new Date(Date.UTC(2026, 10, 16, 16, 0)));
    expect(sheet.getCell('C3').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('C5').value).toEqual(new Date(Date.UTC(2026, 10, 17, 8, 5)));
    expect(sheet.getCell('D3').value).toEqual(new Date(Date.UTC(2026, 10, 16)));
    expect(sheet.getCell('D3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('D5').value).toBe('');
    expect(sheet.getCell('C2').value).toBe('签到时间');
    // The serial exceljs wrote for the same Date (25569 + ms / 86400000), to the last digit.
    expect(parts['xl/worksheets/sheet1.xml']).toContain('<v>46342.66666666667</v>');

    // The total line, bold, right under the rows.
    expect(sheet.rowCount).toBe(6);
    expect(sheet.getCell('A6').value).toBe('合计：3 条');
    expect(sheet.getRow(6).font).toMatchObject({ bold: true });
    expect(sheet.getCell('A6').font).toMatchObject({ bold: true });

    // Widths: the longest of header and rows, a Chinese character counting two, plus 2, at least 6.
    expect([1, 2, 3, 4, 5].map((i) => sheet.getColumn(i).width)).toEqual([6, 8, 18, 12, 10]);

    const plain = sheetOf(book, 'Plain');
    expect(plain.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(plain.autoFilter).toBe('A1:B1');
    expect(plain.getCell('A2').value).toBe(1.5);
    expect(plain.getCell('B1').isMerged).toBe(false);
    expect(plain.getRow(1).font).toMatchObject({ bold: true });
    expect(plain.getRow(1).font?.size).not.toBe(14);
    expect(book.created).toEqual(new Date('2026-11-24T01:02:03Z'));
    expect(book.modified).toEqual(new Date('2026-11-24T01:02:03Z'));
  });

  it('turns a column into dates only when every filled cell is a date; a mix of days and times shows times', async () => {
    const { book } = await written([
      {
        title: 'Dates',
        header: ['mixed', 'not all', 'number', 'date-like'],
        rows: [
          ['2026-11-16', '2026-11-16', 20261116, '2026-11-16T16:00'],
          ['2026-11-17 08:30', '明天', null, '2026-1-16'],
          [null, null, null, null],
        ],
      },
    ]);
    const sheet = sheetOf(book, 'Dates');
    expect(sheet.getCell('A2').value).toEqual(new Date(Date.UTC(2026, 10, 16)));
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('A3').value).toEqual(new Date(Date.UTC(2026, 10, 17, 8, 30)));
    expect(sheet.getCell('A3').numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(sheet.getCell('B2').value).toBe('2026-11-16');
    expect(sheet.getCell('C2').value).toBe(20261116);
    expect(sheet.getCell('D2').value).toBe('2026-11-16T16:00');
    expect(sheet.getCell('A1').value).toBe('mixed');
  });

  it('writes text a spreadsheet would evaluate as string cells, never as formulas', async () => {
    const risky = ['=1+1', '+8613800000000', '-x', '@x', '=HYPERLINK("x.cn","点我")', '\tx'];
    const { book, parts } = await written([{ title: 'Risky', header: risky, rows: [risky] }]);
    const sheet = sheetOf(book, 'Risky');
    for (const [i, text] of risky.entries()) {
      for (const row of [1, 2]) {
        expect(sheet.getRow(row).getCell(i + 1).type).toBe(ExcelJS.ValueType.String);
        expect(sheet.getRow(row).getCell(i + 1).value).toBe(text);
      }
    }
    expect(parts['xl/worksheets/sheet1.xml']).not.toMatch(/<f[ >]/);
    expect(parts['xl/worksheets/sheet1.xml'].match(/t="s"/g)).toHaveLength(risky.length * 2);
  });

  it('keeps control characters and typed _xHHHH_ text; drops what is no character at all; every part is well-formed', async () => {
    const typed = [
      'a\u0001b\u0008c\u000Bd\u000Ce\u001Ff\u0000',
      '_x0041_ and _x005F_ and _x00e9_ and _x41_',
      'tab\there, line\nbreak & <tag> "quoted" \'single\'',
      '  leading and trailing  ',
      '表情 😀 stays',
      'A\u007F',
    ];
    const { book, parts } = await written([
      { title: 'Messy', header: ['text'], rows: typed.map((t) => [t]) },
      { title: 'Broken', header: ['text'], rows: [['a\uFFFEb\uFFFFc\uD800d\uDC00e']] },
    ]);
    const sheet = sheetOf(book, 'Messy');
    expect(typed.map((_, i) => sheet.getCell(`A${i + 2}`).value)).toEqual(typed);
    // U+FFFE, U+FFFF and lone surrogates are no characters: each becomes U+FFFD.
    expect(sheetOf(book, 'Broken').getCell('A2').value).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    // As Excel writes them itself; a typed _x0041_ gets its underscore escaped or Excel would show "A".
    expect(parts['xl/sharedStrings.xml']).toContain('a_x0001_b_x0008_c_x000B_d_x000C_e_x001F_f_x0000_');
    expect(parts['xl/sharedStrings.xml']).toContain('_x005F_x0041_ and _x005F_x005F_ and _x005F_x00e9_ and _x41_');
    expect(parts['xl/sharedStrings.xml']).toContain('<t xml:space="preserve">  leading and trailing  </t>');
    for (const [name, xml] of Object.entries(parts)) expect(xmlError(xml), name).toBeNull();
  });

  it('writes a header-only table and a table without columns', async () => {
    const { book, parts } = await written([
      { title: 'Header only', header: ['序号', '姓名'], rows: [] },
      { title: 'No columns', header: [], rows: [] },
      { title: 'No columns, a total', caption: 'Caption', header: [], rows: [], total: '合计：0 条' },
    ]);
    const header = sheetOf(book, 'Header only');
    expect(header.rowCount).toBe(1);
    expect(header.getRow(1).values).toEqual([undefined, '序号', '姓名']);
    expect(header.autoFilter).toBe('A1:B1');
    expect(header.getColumn(2).width).toBe(6);
    expect(sheetOf(book, 'No columns').actualRowCount).toBe(0);
    const total = sheetOf(book, 'No columns, a total');
    expect(total.getCell('A1').value).toBe('Caption');
    expect(total.getCell('A3').value).toBe('合计：0 条');
    expect(total.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    for (const [name, xml] of Object.entries(parts)) expect(xmlError(xml), name).toBeNull();
  });

  it('sizes columns by display width: Chinese counts two, capped at 50, from the first 200 rows', async () => {
    const rows: Cell[][] = [['张三丰', 'abc', 'x'.repeat(80), 12345.5]];
    for (let i = 0; i < 300; i++) rows.push(['李', 'a', null, 1]);
    rows.push(['很长很长很长很长很长很长很长很长很长很长很长很长', 'a'.repeat(40), null, 1]);
    const { book } = await written([{ title: 'Widths', header: ['姓名', 'name', 'note', 'n'], rows }]);
    const sheet = sheetOf(book, 'Widths');
    // 张三丰 = 6 + 2; abc = 3 + 2 but at least 6; 80 capped at 50; '12345.5' = 7 + 2. Row 302 is past the first 200.
    expect([1, 2, 3, 4].map((i) => sheet.getColumn(i).width)).toEqual([8, 6, 50, 9]);
  });

  it('writes a 10,000-row sheet whole', async () => {
    const rows: Cell[][] = Array.from({ length: 10_000 }, (_, i) => [i + 1, `孩子${i + 1}`, `2026-11-${String(16 + (i % 7)).padStart(2, '0')} 16:${String(i % 60).padStart(2, '0')}`]);
    const { book } = await written([{ title: 'Big', header: ['序号', '姓名', '签到时间'], rows, total: '合计：10000 条' }]);
    const sheet = sheetOf(book, 'Big');
    expect(sheet.rowCount).toBe(10_002);
    expect(sheet.getRow(10_001).values).toEqual([undefined, 10_000, '孩子10000', new Date(Date.UTC(2026, 10, 16 + (9_999 % 7), 16, 9_999 % 60))]);
    expect(sheet.getCell('A10002').value).toBe('合计：10000 条');
  });

  it('names sheets as exceljs did: cut to 31 (not inside a surrogate pair), refused when invalid or taken', async () => {
    const long = '一二三四五六七八九十'.repeat(4);
    const emoji = `${'x'.repeat(30)}😀`;
    const { book, parts } = await written([
      { title: long, header: ['a'], rows: [] },
      { title: emoji, header: ['a'], rows: [] },
      { title: 'A & B <c> "d"', header: ['a'], rows: [] },
      // A character XML cannot carry is dropped from a name, as exceljs's writer did.
      { title: 'tab\u0001le', header: ['a'], rows: [] },
    ]);
    expect(book.worksheets.map((s) => s.name)).toEqual([long.slice(0, 31), 'x'.repeat(30), 'A & B <c> "d"', 'table']);
    expect(xmlError(parts['xl/workbook.xml'])).toBeNull();
    expect(parts['xl/workbook.xml']).toContain('name="A &amp; B &lt;c&gt; &quot;d&quot;"');
    const one = (title: string): Table => ({ title, header: ['a'], rows: [] });
    await expect(toXlsx([one(long), one(`${long}!`)], AT)).rejects.toThrow('already exists');
    await expect(toXlsx([one('Week'), one('WEEK')], AT)).rejects.toThrow('already exists');
    for (const bad of ['a/b', 'a[1]', 'a:b', 'a?', 'a*', 'a\\b', "'quoted'", '', '\u0001', 'History']) await expect(toXlsx([one(bad)], AT), bad).rejects.toThrow();
  });

  it("cuts a text past Excel's 32,767 characters, which Excel would otherwise 'repair', without splitting a character", async () => {
    const long = 'é'.repeat(40_000);
    const pair = `${'x'.repeat(32_766)}😀tail`;
    const { book } = await written([{ title: 'Long', header: ['text'], rows: [[long], [pair], ['x'.repeat(32_767)]] }]);
    const sheet = sheetOf(book, 'Long');
    expect(sheet.getCell('A2').value).toBe('é'.repeat(32_767));
    expect(sheet.getCell('A3').value).toBe('x'.repeat(32_766));
    expect(sheet.getCell('A4').value).toBe('x'.repeat(32_767));
  });

  it('writes a number that is not finite as its words rather than a broken cell', async () => {
    const { book } = await written([{ title: 'N', header: ['n'], rows: [[Number.NaN], [Number.POSITIVE_INFINITY], [-0.25]] }]);
    const sheet = sheetOf(book, 'N');
    expect([2, 3, 4].map((r) => sheet.getCell(`A${r}`).value)).toEqual(['NaN', 'Infinity', -0.25]);
  });

  it('is the same file for the same input, and a PC clock before 1980 still writes it', async () => {
    const first = await toXlsx([REGISTER, PLAIN], AT);
    // The first entry's DOS time and date (local time, to 2 seconds) are createdAt's.
    expect(first.readUInt16LE(10)).toBe((AT.getHours() << 11) | (AT.getMinutes() << 5) | (AT.getSeconds() >> 1));
    expect(first.readUInt16LE(12)).toBe(((AT.getFullYear() - 1980) << 9) | ((AT.getMonth() + 1) << 5) | AT.getDate());
    expect((await toXlsx([REGISTER, PLAIN], AT)).equals(first)).toBe(true);
    expect((await toXlsx([REGISTER, PLAIN], new Date(AT.getTime() + 1000))).equals(first)).toBe(false);
    const old = await written([PLAIN], new Date(0));
    expect(old.book.created).toEqual(new Date(0));
  });

  const unzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
  // The system's own unzip checks the archive against a second implementation. A developer's machine
  // without one skips this; CI (which .ci/run gives unzip) never does.
  it.skipIf(unzip.error !== undefined && process.env.CI !== 'true')('passes `unzip -t` (skipped where no unzip is installed)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xlsx-'));
    const file = path.join(dir, 'week.xlsx');
    fs.writeFileSync(file, await toXlsx([REGISTER, PLAIN], AT));
    const test = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toContain('xl/worksheets/sheet2.xml');
    fs.rmSync(dir, { recursive: true });
  });
});
