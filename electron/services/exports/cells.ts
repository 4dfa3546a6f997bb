// Cells a spreadsheet must show as written, never evaluate (the OWASP CSV-injection rule): a name,
// title or note starting with '=', '+', '-', '@', a tab or a carriage return would otherwise run as a
// formula when the office opens the file in Excel or WPS. Every CSV the app writes goes through here, and
// so does a child's own data export; the other workbooks (the weekly bundle, the register (台账), the
// county's sheet) are written by xlsx.ts, which likewise writes text only as string cells.
import type ExcelJS from 'exceljs';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a CSV field's content: a leading quote makes Excel and WPS read it as text. */
export function csvText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Adds one row to a worksheet. Only numbers, text and blanks get in: exceljs makes a formula, link or
 * rich text only from an object, so text always becomes a string cell, which Excel never evaluates.
 */
export function addPlainRow(sheet: ExcelJS.Worksheet, values: readonly (string | number | null)[]): ExcelJS.Row {
  return sheet.addRow([...values]);
}
