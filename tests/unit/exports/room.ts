// A room with one busy ISO week (2026-W47, Monday 16 to Sunday 22 November), built through the
// same methods the screens call, and readers for the bundle's files.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Session } from '../../../electron/session';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

export const WEEK = '2026-W47';
export const AFTER_WEEK = '2026-11-23T10:00:00+08:00';
/** Free text with everything CSV must quote. */
export const CALL_NOTE = '爸爸说, "周末回家"\n下周再打';
export const HANDOVER = '小明, "咳嗽"\r\n请留意';
export const BOOK_TITLE = '小王子, "插图版"';

export interface WeekRoom {
  t: TestApp;
  wang: Session;
  li: Session;
  ids: { ming: number; hong: number; jun: number };
  /** An empty folder for bundles (the USB drive). */
  out: string;
}

async function child(t: TestApp, overrides: Parameters<typeof childInput>[0]): Promise<{ id: number; father: number; mother: number | null }> {
  const created = await t.ok(t.admin, 'children.create', childInput(overrides));
  const file = await t.ok(t.admin, 'children.get', { id: created.id });
  const father = file.parents.find((p) => p.relation === 'father');
  const mother = file.parents.find((p) => p.relation === 'mother');
  if (!father) throw new Error('fixture child without a father');
  return { id: created.id, father: father.id, mother: mother?.id ?? null };
}

export async function weekRoom(): Promise<WeekRoom> {
  const t = await createTestApp();
  t.at('2026-10-01T09:00:00+08:00');
  const wang = await t.signIn('teacher', '王老师');
  const li = await t.signIn('teacher', '李老师');
  const ming = await child(t, {});
  const hong = await child(t, {
    name: '李小红',
    gender: 'female',
    grade: 3,
    classNo: 1,
    situation: 'father_away',
    guardianName: '李奶奶',
    guardianRelation: 'grandmother',
    guardianPhone: '13811112222',
    guardianAddress: '青山村一组3号',
    parents: [{ relation: 'father', name: '李强', phone: '13911112222', workCity: '上海', employer: '建筑工地', bestCallTime: null, verifiedOn: null }],
  });
  const jun = await child(t, {
    name: '王小军',
    grade: 5,
    classNo: 1,
    guardianPhone: '13822223333',
    parents: [{ relation: 'father', name: '王刚', phone: '13933334444', workCity: '深圳', employer: null, bestCallTime: null, verifiedOn: null }],
  });

  // 王小军 last talked with his father on 10 October: 43 days before the week's Sunday.
  t.at('2026-10-10T19:00:00+08:00');
  await t.ok(wang, 'calls.log', { childId: jun.id, parentId: jun.father, outcome: 'talked', durationMinutes: 4 });

  // Books: one lent before the week and returned in it, one lent in it, one long overdue.
  t.at('2026-11-02T16:00:00+08:00');
  await t.ok(wang, 'books.create', { book: { title: BOOK_TITLE }, barcodes: ['B1'] });
  await t.ok(wang, 'books.create', { book: { title: '西游记' }, barcodes: ['B2'] });
  await t.ok(wang, 'books.create', { book: { title: '三国演义' }, barcodes: ['B3'] });
  await t.ok(wang, 'loans.lend', { barcode: 'B3', childId: jun.id }); // due 16 Nov, never returned
  t.at('2026-11-12T16:00:00+08:00');
  await t.ok(wang, 'loans.lend', { barcode: 'B1', childId: ming.id });

  // Duty: Monday and Wednesday afternoons; 王 on Monday, 李 on Wednesday (she does not come).
  const monday = (await t.ok(t.admin, 'roster.saveOpening', { weekday: 1, startTime: '16:00', endTime: '18:00' })).id;
  const wednesday = (await t.ok(t.admin, 'roster.saveOpening', { weekday: 3, startTime: '16:00', endTime: '18:00' })).id;
  await t.ok(t.admin, 'roster.change', { action: 'add', date: '2026-11-16', openingId: monday, staffId: wang.staffId ?? 0 });
  await t.ok(t.admin, 'roster.change', { action: 'add', date: '2026-11-18', openingId: wednesday, staffId: li.staffId ?? 0 });
  const activity = await t.ok(t.admin, 'activities.create', {
    kind: 'weekend',
    title: '书法, 绘画',
    capacity: 10,
    signupOpensAt: '2026-11-16T00:00:00+08:00',
    signupClosesAt: '2026-11-20T18:00:00+08:00',
    date: '2026-11-21',
    startTime: '09:00',
    endTime: '11:00',
  });

  // Sunday 15 November, late: the week before.
  t.at('2026-11-15T20:00:00+08:00');
  await t.ok(wang, 'checkins.checkIn', { childId: ming.id });
  await t.ok(wang, 'checkins.checkOutAll', {});

  // Monday 16 November.
  t.at('2026-11-16T16:00:00+08:00');
  const v1 = await t.ok(wang, 'checkins.checkIn', { childId: ming.id });
  t.at('2026-11-16T16:02:00+08:00');
  await t.ok(wang, 'duty.signIn', { pin: '2468' });
  t.at('2026-11-16T16:05:00+08:00');
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId: hong.id });
  t.at('2026-11-16T16:30:00+08:00');
  await t.ok(wang, 'calls.log', { childId: ming.id, parentId: ming.father, outcome: 'talked', durationMinutes: 5, note: CALL_NOTE });
  t.at('2026-11-16T17:00:00+08:00');
  await t.ok(t.kiosk, 'kiosk.checkOut', { childId: hong.id });
  t.at('2026-11-16T17:30:00+08:00');
  await t.ok(wang, 'checkins.checkOut', { visitId: v1.id, leaveMode: 'guardian', collectedBy: '张奶奶', leaveNote: '奶奶来接' });
  t.at('2026-11-16T18:05:00+08:00');
  await t.ok(wang, 'duty.signOut', { handoverNote: HANDOVER });

  // Tuesday: B1 comes back; 小明 signs up for the weekend activity at the kiosk.
  t.at('2026-11-17T16:10:00+08:00');
  await t.ok(wang, 'loans.return', { barcode: 'B1' });
  await t.ok(t.kiosk, 'kiosk.signUp', { childId: ming.id, activityId: activity.id });

  // Wednesday: a visit recorded by mistake (voided), a booked call nobody answers, a loan, an enrolment.
  t.at('2026-11-18T16:00:00+08:00');
  const wrong = await t.ok(wang, 'checkins.checkIn', { childId: jun.id });
  await t.ok(wang, 'checkins.correct', { visitId: wrong.id, void: true, reason: '点错了' });
  const booking = await t.ok(wang, 'calls.book', { childId: hong.id, parentId: hong.father });
  const started = await t.ok(wang, 'calls.start', { bookingId: booking.bookingId });
  t.at('2026-11-18T16:02:00+08:00');
  await t.ok(wang, 'calls.finish', { callId: started.callId ?? 0, outcome: 'no_answer' });
  await t.ok(wang, 'loans.lend', { barcode: 'B2', childId: hong.id });
  await t.ok(wang, 'activities.enrol', { activityId: activity.id, childId: hong.id });

  // Friday: 李 signs in without a planned duty.
  t.at('2026-11-20T16:00:00+08:00');
  await t.ok(li, 'duty.signIn', { pin: '2468' });
  t.at('2026-11-20T17:00:00+08:00');
  await t.ok(li, 'duty.signOut', { handoverNote: null });

  // Saturday: the activity; Sunday night, 小军 comes in late and is still in at the week's end.
  t.at('2026-11-21T11:00:00+08:00');
  await t.ok(wang, 'activities.markAttendance', { activityId: activity.id, date: '2026-11-21', childId: ming.id, present: true });
  await t.ok(wang, 'activities.markAttendance', { activityId: activity.id, date: '2026-11-21', childId: hong.id, present: false });
  t.at('2026-11-22T23:30:00+08:00');
  await t.ok(wang, 'checkins.checkIn', { childId: jun.id });

  // Monday of the next week: not in W47.
  t.at('2026-11-23T09:00:00+08:00');
  await t.ok(wang, 'checkins.checkIn', { childId: hong.id });
  t.at(AFTER_WEEK);

  const out = path.join(t.dir, 'usb');
  fs.mkdirSync(out);
  return { t, wang, li, ids: { ming: ming.id, hong: hong.id, jun: jun.id }, out };
}

export type Row = (string | number | null)[];

/** Every worksheet of a workbook as rows of plain values, keyed by the worksheet's name. */
/** A cell as a person reads it: a date cell as the words its format shows ('2026-11-16 16:00'). */
function shown(cell: ExcelJS.Cell): string | number | null {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const text = value.toISOString().replace('T', ' ');
    return cell.numFmt === 'yyyy-mm-dd' ? text.slice(0, 10) : text.slice(0, 16);
  }
  return value as string | number;
}

export async function readXlsx(file: string): Promise<Record<string, Row[]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets: Record<string, Row[]> = {};
  book.eachSheet((sheet) => {
    const rows: Row[] = [];
    sheet.eachRow((row) => {
      rows.push(Array.from({ length: sheet.columnCount }, (_, i) => shown(row.getCell(i + 1))));
    });
    sheets[sheet.name] = rows;
  });
  return sheets;
}

/** RFC 4180, written here rather than taken from a library so the test does not share the writer's idea of it. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    const next = text[i + 1];
    i += 1;
    if (quoted && ch === '"' && next === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\r' && next === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 1;
    } else {
      field += ch;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

export function bundleFiles(bundle: string): Record<string, Buffer> {
  return Object.fromEntries(fs.readdirSync(bundle).map((name) => [name, fs.readFileSync(path.join(bundle, name))]));
}
