// Finding a roster's header, over one row or two (group headings such as 父亲情况 merged over 姓名 /
// 务工地 / 手机), and the mapping from its columns to the child's fields: a remembered choice for the
// header first, then the synonyms, then the admin's own choices for this import.
import type ExcelJS from 'exceljs';
import type { ChildImportColumn, ChildImportField, ChildImportMapping } from '../../../../shared/domain';
import { fieldOfHeader, groupPrefix, headerKey } from './columns';
import { cellText } from './parse';

/** Rosters carry a title, a date or a teacher's name above the header; it is never far down. */
const HEADER_SCAN_ROWS = 10;

export interface GridRow {
  rowNumber: number;
  /** Text per column; index 0 is column A. */
  cells: string[];
}

export interface Grid {
  name: string;
  rows: GridRow[];
}

export function toGrid(sheet: ExcelJS.Worksheet): Grid {
  const rows: GridRow[] = [];
  const width = sheet.columnCount;
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) cells.push(cellText(row.getCell(c).value));
    if (cells.some(Boolean)) rows.push({ rowNumber, cells });
  });
  return { name: sheet.name, rows };
}

interface HeaderColumn {
  index: number;
  header: string;
  suggested: ChildImportField | null;
}

export interface Header {
  rows: number[];
  columns: HeaderColumn[];
  /** Index into grid.rows of the first data row. */
  dataFrom: number;
}

/** header key → the field the admin chose for it last time (null: ignored). */
export type Remembered = ReadonlyMap<string, ChildImportField | null>;

function suggest(header: string, matchKey: string, remembered: Remembered): ChildImportField | null {
  const key = headerKey(header);
  if (remembered.has(key)) return remembered.get(key) ?? null;
  return fieldOfHeader(matchKey);
}

function oneRow(row: GridRow, remembered: Remembered): HeaderColumn[] {
  return row.cells.map((text, i) => ({ index: i + 1, header: text, suggested: text ? suggest(text, text, remembered) : null }));
}

function twoRows(top: GridRow, sub: GridRow, remembered: Remembered): HeaderColumn[] {
  const width = Math.max(top.cells.length, sub.cells.length);
  const columns: HeaderColumn[] = [];
  // A merged heading (父亲情况 over three columns) saved as CSV fills only its first cell: the blanks
  // to its right, over a header of their own, still belong to it.
  let group = '';
  for (let i = 0; i < width; i += 1) {
    const b = sub.cells[i] ?? '';
    const given = top.cells[i] ?? '';
    if (given) group = groupPrefix(given) ? given : '';
    const a = given || (b ? group : '');
    const prefix = groupPrefix(a);
    let header: string;
    let key: string;
    if (a && b && a !== b && prefix) [header, key] = [`${a} / ${b}`, `${prefix}${b}`];
    else if (a && b && a !== b && !fieldOfHeader(a)) [header, key] = [`${a} / ${b}`, b];
    else [header, key] = [a || b, a || b];
    columns.push({ index: i + 1, header, suggested: header ? suggest(header, key, remembered) : null });
  }
  return columns;
}

/** Each field once: the first column that names it keeps it. */
function distinct(columns: HeaderColumn[]): HeaderColumn[] {
  const seen = new Set<ChildImportField>();
  return columns.map((c) => {
    if (!c.suggested || seen.has(c.suggested)) return { ...c, suggested: null };
    seen.add(c.suggested);
    return c;
  });
}

const named = (columns: HeaderColumn[]) => columns.filter((c) => c.suggested !== null).length;

/** The first row near the top naming the child's name, read over two rows when that names more. */
export function findHeader(grid: Grid, remembered: Remembered): Header | null {
  const top = grid.rows.slice(0, HEADER_SCAN_ROWS);
  for (const [i, row] of top.entries()) {
    const single = distinct(oneRow(row, remembered));
    const next = grid.rows[i + 1];
    const double = next && next.rowNumber === row.rowNumber + 1 ? distinct(twoRows(row, next, remembered)) : null;
    const hasName = (cs: HeaderColumn[] | null) => Boolean(cs?.some((c) => c.suggested === 'name'));
    // Two rows only when the top one is a header itself or holds a person's group heading: a title
    // line above a one-row header is not part of it.
    const grouped = row.cells.some((c) => groupPrefix(c) !== null);
    if (next && double && hasName(double) && (hasName(single) || grouped) && named(double) > named(single)) {
      return { rows: [row.rowNumber, next.rowNumber], columns: double, dataFrom: i + 2 };
    }
    if (hasName(single)) return { rows: [row.rowNumber], columns: single, dataFrom: i + 1 };
  }
  return null;
}

/** The columns as the preview shows them, with the admin's choices over the suggestions. */
export function mapColumns(grid: Grid, header: Header, choices: readonly ChildImportMapping[]): ChildImportColumn[] {
  const chosen = new Map(choices.map((c) => [c.index, c.field] as const));
  const data = grid.rows.slice(header.dataFrom);
  const columns = header.columns
    .filter((c) => c.header || chosen.has(c.index))
    .map((c) => ({
      index: c.index,
      header: c.header,
      suggested: c.suggested,
      field: chosen.has(c.index) ? (chosen.get(c.index) ?? null) : c.suggested,
      sample: data.map((r) => r.cells[c.index - 1]).find(Boolean) ?? null,
    }));
  // A field the admin gave to one column is taken from any other that had it.
  for (const [index, field] of chosen) {
    if (field) for (const c of columns) if (c.index !== index && c.field === field) c.field = null;
  }
  return columns;
}
