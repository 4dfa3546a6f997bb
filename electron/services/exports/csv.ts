// CSV as Excel and WPS open it without asking: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF.
import { csvText } from './cells';
import type { Cell } from './sheets/types';

const BOM = '\uFEFF';

/** A field is quoted when it holds a comma, a quote or a line break; quotes inside are doubled. Text
 * that a spreadsheet would evaluate gets a leading quote (cells.ts); numbers are written as they are. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'string' ? csvText(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): Buffer {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
