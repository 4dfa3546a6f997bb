// One workbook, one worksheet per table: a bold, frozen header row and columns wide enough to read.
import ExcelJS from 'exceljs';
import { addPlainRow } from './cells';
import type { Table } from './sheets/types';

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/** Display width: a Chinese character takes two columns. */
function width(value: unknown): number {
  const text = value === null || value === undefined ? '' : String(value);
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? 2 : 1;
  return w;
}

export async function toXlsx(tables: Table[], createdAt: Date): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.created = createdAt;
  book.modified = createdAt;
  for (const table of tables) {
    const sheet = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    addPlainRow(sheet, table.header).font = { bold: true };
    for (const row of table.rows) addPlainRow(sheet, row);
    sheet.columns.forEach((column, i) => {
      // The first 200 rows decide the width: enough to look right, cheap on a big week.
      const longest = Math.max(width(table.header[i]), ...table.rows.slice(0, 200).map((r) => width(r[i])));
      column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
