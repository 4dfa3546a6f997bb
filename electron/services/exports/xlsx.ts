// One workbook, one worksheet per table: a bold, frozen header row with a filter, columns wide enough
// to read, dates the spreadsheet can sort and count by, and a total line where the table has one.
import ExcelJS from 'exceljs';
import { addPlainRow } from './cells';
import type { Cell, Table } from './sheets/types';

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/** Display width: a Chinese character takes two columns. */
function width(value: unknown): number {
  const text = value === null || value === undefined ? '' : String(value);
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}))?$/;

/**
 * A column whose every filled cell is a local 'YYYY-MM-DD' or 'YYYY-MM-DD HH:mm' is a date column:
 * its cells become Excel dates showing the same words. Excel dates have no zone, so the local wall
 * time is stored as is (as UTC fields, which is how exceljs writes a Date).
 */
function dateFormat(rows: Cell[][], column: number): string | null {
  let format: string | null = null;
  for (const row of rows) {
    const value = row[column];
    if (value === null || value === '') continue;
    const match = typeof value === 'string' ? DATE.exec(value) : null;
    if (!match) return null;
    const own = match[4] === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
    // A column mixing days and times keeps the times' format: the days show as 00:00 then.
    format = format === 'yyyy-mm-dd hh:mm' ? format : own;
  }
  return format;
}

function asDate(text: string): Date {
  const [, y, m, d, h = '0', min = '0'] = DATE.exec(text) ?? [];
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)));
}

export async function toXlsx(tables: Table[], createdAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = createdAt;
  book.modified = createdAt;
  for (const table of tables) {
    // With a caption the header is the second row: both stay in view, the filter sits on the header.
    const headerRow = table.caption === undefined ? 1 : 2;
    const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: headerRow }] });
    if (table.caption !== undefined) {
      addPlainRow(sheet, [table.caption]).font = { bold: true, size: 14 };
      sheet.mergeCells(1, 1, 1, Math.max(1, table.header.length));
    }
    addPlainRow(sheet, table.header).font = { bold: true };
    sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: Math.max(1, table.header.length) } };
    for (const row of table.rows) addPlainRow(sheet, row);
    table.header.forEach((_, i) => {
      const format = dateFormat(table.rows, i);
      if (format === null) return;
      const column = sheet.getColumn(i + 1);
      column.eachCell((cell, rowNumber) => {
        if (rowNumber <= headerRow || typeof cell.value !== 'string' || cell.value === '') return;
        cell.value = asDate(cell.value);
        cell.numFmt = format;
      });
    });
    if (table.total !== undefined) addPlainRow(sheet, [table.total]).font = { bold: true };
    sheet.columns.forEach((column, i) => {
      // The first 200 rows decide the width: enough to look right, cheap on a big week.
      const longest = Math.max(width(table.header[i]), ...table.rows.slice(0, 200).map((r) => width(r[i])));
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
  }
  // The fastest deflate level: a district week's workbook is drawn in a third less time and is a few
  // per cent larger; the bundle is copied to a USB stick, not mailed.
  return Buffer.from(await book.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
}
