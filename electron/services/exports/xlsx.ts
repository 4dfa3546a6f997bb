// One workbook, one worksheet per table: a bold, frozen header row with a filter, columns wide enough
// to read, dates the spreadsheet can sort and count by, and a total line where the table has one.
// The XML is written here as text and zipped (zlib deflates, fflate lays out the zip): exceljs built an
// object per cell and took longer to write a district's week than everything else in the export together.
import zlib from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { Cell, Table } from './sheets/types';
import { APP, contentTypes, core, ROOT_RELS, SharedStrings, sheetNames, STYLE, STYLES, workbook, workbookRels } from './xlsxParts';

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
 * its cells become Excel dates showing the same words.
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

/**
 * Excel's serial for the wall time: days since 1899-12-30 (the 1900 date system). Excel dates have no
 * zone, so the local wall time is taken as UTC fields, computed as exceljs computed it from such a Date.
 */
function serial(text: string): number {
  const [, y, m, d, h = '0', min = '0'] = DATE.exec(text) ?? [];
  return 25569 + Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)) / (24 * 3600 * 1000);
}

/** 'A', 'B', …, 'Z', 'AA', … for a column counted from 0. */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One cell; a blank one is left out. */
function cell(ref: string, value: Cell | undefined, style: number, strings: SharedStrings): string {
  if (value === null || value === undefined) return '';
  const s = style === STYLE.plain ? '' : ` s="${style}"`;
  // A NaN or Infinity has no place in <v>: Excel would refuse the file, so it is shown as its words.
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  // Text is always a string cell, never a formula: what a name or note says is never evaluated (cells.ts).
  return `<c r="${ref}"${s} t="s"><v>${strings.ref(String(value))}</v></c>`;
}

// A sheet's XML is gathered into Buffers of this many characters or so: as one string of tens of
// megabytes its pieces would live until the end and the garbage collector would go over them again and
// again (measured: it took half the time).
const CHUNK = 1 << 16;

class Chunks {
  private readonly done: Buffer[] = [];
  private text = '';

  add(text: string): void {
    this.text += text;
    if (this.text.length < CHUNK) return;
    this.done.push(Buffer.from(this.text));
    this.text = '';
  }

  buffer(): Buffer {
    return Buffer.concat([...this.done, Buffer.from(this.text)]);
  }
}

function row(r: number, cells: string, style: number): string {
  return style === STYLE.plain ? `<row r="${r}">${cells}</row>` : `<row r="${r}" s="${style}" customFormat="1">${cells}</row>`;
}

function worksheet(table: Table, strings: SharedStrings): Buffer {
  // With a caption the header is the second row: both stay in view, the filter sits on the header.
  const headerRow = table.caption === undefined ? 1 : 2;
  const headerWidth = Math.max(1, table.header.length);
  let columns = table.caption === undefined && table.total === undefined ? table.header.length : headerWidth;
  for (const values of table.rows) columns = Math.max(columns, values.length);
  const names: string[] = [];
  const name = (i: number): string => (names[i] ??= columnName(i));

  const lastRow = headerRow + table.rows.length + (table.total === undefined ? 0 : 1);
  // The first 200 rows decide the width: enough to look right, cheap on a big week.
  const first = table.rows.slice(0, 200);
  const widths = Array.from({ length: columns }, (_, i) => {
    let longest = width(table.header[i]);
    for (const values of first) longest = Math.max(longest, width(values[i]));
    const w = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
    return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
  });

  const xml = new Chunks();
  xml.add(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<dimension ref="A1:${name(Math.max(1, columns) - 1)}${lastRow}"/>` +
      `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      (widths.length > 0 ? `<cols>${widths.join('')}</cols>` : '') +
      '<sheetData>',
  );
  if (table.caption !== undefined) xml.add(row(1, cell('A1', table.caption, STYLE.caption, strings), STYLE.caption));
  xml.add(row(headerRow, table.header.map((text, i) => cell(`${name(i)}${headerRow}`, text, STYLE.bold, strings)).join(''), STYLE.bold));
  const dateStyles = table.header.map((_, i) => {
    const format = dateFormat(table.rows, i);
    return format === null ? null : format === 'yyyy-mm-dd' ? STYLE.date : STYLE.dateTime;
  });
  // A week holds a few thousand distinct minutes: each one's serial is worked out once.
  const serials = new Map<string, number>();
  let r = headerRow;
  for (const values of table.rows) {
    r += 1;
    let cells = '';
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      const dateStyle = dateStyles[i];
      const ref = `${name(i)}${r}`;
      // A date column's blank ('') stays a blank string, as before.
      if (typeof dateStyle === 'number' && typeof value === 'string' && value !== '') {
        let days = serials.get(value);
        if (days === undefined) serials.set(value, (days = serial(value)));
        cells += `<c r="${ref}" s="${dateStyle}"><v>${days}</v></c>`;
      } else cells += cell(ref, value, STYLE.plain, strings);
    }
    xml.add(row(r, cells, STYLE.plain));
  }
  if (table.total !== undefined) xml.add(row(lastRow, cell(`A${lastRow}`, table.total, STYLE.bold, strings), STYLE.bold));
  xml.add(
    '</sheetData>' +
      `<autoFilter ref="A${headerRow}:${name(headerWidth - 1)}${headerRow}"/>` +
      (table.caption !== undefined && headerWidth > 1 ? `<mergeCells count="1"><mergeCell ref="A1:${name(headerWidth - 1)}1"/></mergeCells>` : '') +
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
  );
  return xml.buffer();
}

// A zip entry's time is a DOS date, 1980 to 2099 only: a PC clock far off must not fail the export.
const ZIP_FIRST = new Date(1980, 0, 2).getTime();
const ZIP_LAST = new Date(2099, 11, 30).getTime();
/** The zip method number for deflate (PKZIP APPNOTE 4.4.5). */
const DEFLATE = 8;

export async function toXlsx(tables: Table[], createdAt: Date): Promise<Buffer> {
  const names = sheetNames(tables.map((table) => table.title));
  const strings = new SharedStrings();
  const sheets = tables.map((table) => worksheet(table, strings));
  const parts: Record<string, Uint8Array> = {
    '[Content_Types].xml': Buffer.from(contentTypes(tables.length)),
    '_rels/.rels': Buffer.from(ROOT_RELS),
    'docProps/core.xml': Buffer.from(core(createdAt)),
    'docProps/app.xml': Buffer.from(APP),
    'xl/workbook.xml': Buffer.from(workbook(names)),
    'xl/_rels/workbook.xml.rels': Buffer.from(workbookRels(tables.length)),
    'xl/styles.xml': Buffer.from(STYLES),
    'xl/sharedStrings.xml': Buffer.from(strings.xml()),
  };
  sheets.forEach((sheet, i) => (parts[`xl/worksheets/sheet${i + 1}.xml`] = sheet));
  // The entries' times are createdAt's, so the same week written twice is the same file.
  return zipped(parts, new Date(Math.min(ZIP_LAST, Math.max(ZIP_FIRST, createdAt.getTime()))));
}

/**
 * Each part deflated by Node's zlib at its fastest level and laid out as a zip by fflate: fflate's own
 * deflate took 0.23 s of a district week's 0.4 s workbook, zlib 0.06 s. The fastest level makes the file a
 * few per cent larger; the bundle is copied to a USB stick, not mailed.
 */
function zipped(parts: Record<string, Uint8Array>, mtime: Date): Buffer {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  // fflate calls back at once for data handed over at once, so the zip is whole when end() returns.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [filename, data] of Object.entries(parts)) {
    const file: ZipInputFile = { filename, size: data.length, crc: zlib.crc32(data), compression: DEFLATE, mtime };
    zip.add(file);
    file.ondata?.(null, zlib.deflateRawSync(data, { level: 1 }), true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
