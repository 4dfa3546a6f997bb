// Formula injection (OWASP CSV injection): names, titles and notes typed as '=…', '+…', '-…', '@…'
// must reach the office's Excel or WPS as text. Every CSV and xlsx the app writes is opened here and
// every cell checked: the weekly bundle, the register (台账) and a child's own data export.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../electron/services/exports/csv';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';
import { parseCsv } from './room';

const NAME = '=1+2';
const GUARDIAN = '@SUM(A1:A9)';
const CITY = '-2+3';
const TITLE = '+看图识字';
const COLLECTED = '=HYPERLINK("x.cn","点我")';
const CALL_NOTE = '-下周再打';
const HANDOVER = '@留意: 咳嗽';
const TYPED = [NAME, GUARDIAN, CITY, TITLE, COLLECTED, CALL_NOTE, HANDOVER];
const RISKY = /^[=+\-@\t\r]/;

function files(dir: string, ending: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ending))
    .map((f) => path.join(dir, f));
}

/** Every cell of a workbook: no formula anywhere (neither to exceljs nor in the sheet XML), and its text values. */
async function xlsxTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/'))) {
    expect.soft(await zip.files[name].async('string'), name).not.toMatch(/<f[ >]/);
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const texts: string[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        // A date cell is a number with a date format, a merged one shows the register's title: no formula either.
        expect([ExcelJS.ValueType.String, ExcelJS.ValueType.Number, ExcelJS.ValueType.Date, ExcelJS.ValueType.Merge]).toContain(cell.type);
        if (typeof cell.value === 'string') texts.push(cell.value);
      }),
    ),
  );
  return texts;
}

/** Every field of a CSV: none starts like a formula; a text that did got a leading quote. */
function csvTexts(file: string): string[] {
  const fields = parseCsv(fs.readFileSync(file, 'utf8').slice(1)).flat();
  for (const field of fields) expect.soft(field, file).not.toMatch(RISKY);
  return fields;
}

describe('cells a spreadsheet would evaluate', () => {
  it('get a leading quote in CSV; numbers stay numbers', () => {
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-x')).toBe("'-x");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=A1,B1')).toBe('"\'=A1,B1"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('张=小明')).toBe('张=小明');
  });

  it("are text in every CSV and xlsx the app writes: the bundle, the register and a child's data export", async () => {
    const t = await createTestApp();
    t.at('2026-11-16T09:00:00+08:00');
    const teacher = await t.signIn('teacher', '王老师');
    const input = childInput({ name: NAME, guardianName: GUARDIAN });
    const child = await t.ok(t.admin, 'children.create', { ...input, parents: (input.parents ?? []).map((p) => ({ ...p, workCity: CITY })) });
    const file = await t.ok(t.admin, 'children.get', { id: child.id });
    await t.ok(teacher, 'books.create', { book: { title: TITLE }, barcodes: ['B1'] });
    t.at('2026-11-17T16:00:00+08:00');
    await t.ok(teacher, 'duty.signIn', { pin: '2468' });
    const visit = await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
    await t.ok(teacher, 'loans.lend', { barcode: 'B1', childId: child.id });
    await t.ok(teacher, 'calls.log', { childId: child.id, parentId: file.parents[0].id, outcome: 'talked', durationMinutes: 3, note: CALL_NOTE });
    t.at('2026-11-17T17:00:00+08:00');
    await t.ok(teacher, 'checkins.checkOut', { visitId: visit.id, leaveMode: 'guardian', collectedBy: COLLECTED, leaveNote: '奶奶临时来接' });
    await t.ok(teacher, 'duty.signOut', { handoverNote: HANDOVER });
    t.at('2026-11-24T09:00:00+08:00');
    const usb = path.join(t.dir, 'usb');
    fs.mkdirSync(usb);

    await t.ok(t.admin, 'exports.week', { week: '2026-W47', folder: usb, includeContacts: true });
    await t.ok(t.admin, 'exports.ledger', { folder: usb, includeContacts: true });
    await t.ok(t.admin, 'privacy.exportChild', { childId: child.id, folder: usb });

    const csvs = files(usb, '.csv');
    const xlsxs = files(usb, '.xlsx');
    expect(csvs.length).toBe(8); // seven sheets of the bundle and the register
    expect(xlsxs.length).toBe(3);
    const inCsv = csvs.flatMap(csvTexts);
    const inXlsx: string[] = [];
    for (const x of xlsxs) inXlsx.push(...(await xlsxTexts(x)));
    for (const typed of TYPED) {
      expect.soft(inCsv, typed).toContain(`'${typed}`);
      expect.soft(inXlsx, typed).toContain(typed);
    }
  });
});
