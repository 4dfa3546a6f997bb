// Reading a spreadsheet (.xlsx or .csv) into its header row and its data rows, as text per column.
// Generic over the columns: the book-catalogue import reads through readSheet, the child import
// (which maps its columns in a step of its own) through loadSheets. Both pass the size limits first.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../../../shared/errors';
import { checkCsv, checkXlsx, MAX_ROWS } from './limits';
import { cellText } from './parse';

/** Rosters often carry a title or a date above the header; it is never far down. */
const HEADER_SCAN_ROWS = 10;

export interface DataRow<C extends string> {
  /** 1-based, as the spreadsheet shows it. */
  rowNumber: number;
  /** Non-blank cells only. */
  cells: Map<C, string>;
}

export interface SheetData<C extends string> {
  /** Each recognised column and the header text the file used for it. */
  headers: Map<C, string>;
  rows: DataRow<C>[];
}

/** How to recognise a header row: what each header text names, and the column it must have. */
export interface SheetSpec<C extends string> {
  match(text: string): C | null;
  required: C;
}

export async function readSheet<C extends string>(fileName: string, bytes: Buffer, spec: SheetSpec<C>): Promise<SheetData<C>> {
  for (const sheet of await loadSheets(fileName, bytes)) {
    const header = findHeader(sheet, spec);
    if (header) return readRows(sheet, header);
  }
  throw new AppError('import_unreadable');
}

/** The file's sheets, after the limits on its size; AppError('import_unreadable') for anything else. */
export async function loadSheets(fileName: string, bytes: Buffer): Promise<ExcelJS.Worksheet[]> {
  const ext = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw new AppError('import_unreadable');
  const workbook = new ExcelJS.Workbook();
  const text = ext === 'csv' ? decodeCsv(bytes) : '';
  if (ext === 'xlsx') checkXlsx(bytes);
  else checkCsv(text);
  try {
    if (ext === 'xlsx') {
      // exceljs types its input as an ArrayBuffer (JSZip reads either).
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
      return workbook.worksheets;
    }
    // Keep every CSV field as text: exceljs would otherwise turn 001 into 1 and guess at dates.
    const sheet = await workbook.csv.read(Readable.from([text]), { map: (field: string) => field });
    return [sheet];
  } catch {
    throw new AppError('import_unreadable');
  }
}

/** UTF-8 when the bytes are valid UTF-8; otherwise GB18030, as Chinese Excel and WPS save CSV in GBK. */
function decodeCsv(bytes: Buffer): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

interface Header<C extends string> {
  rowNumber: number;
  columns: Map<C, { col: number; text: string }>;
}

/** The first row near the top with the required column; the first column of each kind wins. */
function findHeader<C extends string>(sheet: ExcelJS.Worksheet, spec: SheetSpec<C>): Header<C> | null {
  for (let r = 1; r <= Math.min(HEADER_SCAN_ROWS, sheet.rowCount); r += 1) {
    const columns = new Map<C, { col: number; text: string }>();
    sheet.getRow(r).eachCell((cell, col) => {
      const text = cellText(cell.value);
      const column = spec.match(text);
      if (column && !columns.has(column)) columns.set(column, { col, text });
    });
    if (columns.has(spec.required)) return { rowNumber: r, columns };
  }
  return null;
}

function readRows<C extends string>(sheet: ExcelJS.Worksheet, header: Header<C>): SheetData<C> {
  const rows: DataRow<C>[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber <= header.rowNumber) return;
    const cells = new Map<C, string>();
    for (const [column, { col }] of header.columns) {
      const text = cellText(row.getCell(col).value);
      if (text) cells.set(column, text);
    }
    // Only recognised columns count: templates come with 序号 filled in on rows nobody used.
    if (cells.size === 0) return;
    rows.push({ rowNumber, cells });
    if (rows.length > MAX_ROWS) throw new AppError('invalid_input', { issues: [{ path: ['dataBase64'], code: 'too_many' }] });
  });
  const headers = new Map([...header.columns].map(([column, { text }]) => [column, text] as const));
  return { headers, rows };
}
