// 本月家书 (issue 16 point 8): a month's letter to parents far away, on a real SQLite file with real
// calendars: a month that starts on a weekend, the January winter holiday, a child with no calls, a
// father only reachable; never care text, the file's notes, a review's text, an activity's
// description or another child's name; the PDF is one A4 page that says what the text says.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { careRoom, errorOf, talk, type CareRoom } from './room';

async function visit(r: CareRoom, childId: number, at: string): Promise<void> {
  r.at(`${at}:00+08:00`);
  await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId });
  r.at(`${at.slice(0, 11)}17${at.slice(13)}:00+08:00`);
  await r.t.ok(r.t.kiosk, 'kiosk.checkOut', { childId });
}

const pdfText = (base64: string) => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'letter-')), 'l.pdf');
  fs.writeFileSync(file, Buffer.from(base64, 'base64'));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  return { pages, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '') };
};

describe('the monthly letter to parents', () => {
  it('counts a month that starts on a Saturday in the room zone, with books, grades, groups, calls and what comes next', async () => {
    // August 2026 begins on a Saturday; 07:30 on 1 August is still 31 July in UTC, and August's here.
    const r = await careRoom('2026-07-20T09:00:00+08:00');
    const a = await r.child('张小明');
    const other = await r.child('李华');
    await r.t.ok(r.teacher, 'books.create', { book: { title: '小王子' }, barcodes: ['B1'] });
    await r.t.ok(r.teacher, 'books.create', { book: { title: '草房子' }, barcodes: ['B2'] });
    await visit(r, a.id, '2026-07-31T15:00');
    await r.t.ok(r.teacher, 'loans.lend', { barcode: 'B1', childId: a.id });
    await visit(r, a.id, '2026-08-01T07:30');
    await visit(r, a.id, '2026-08-01T14:00');
    await visit(r, a.id, '2026-08-03T15:00');
    await visit(r, other.id, '2026-08-04T15:00');
    r.at('2026-08-03T16:00:00+08:00');
    await r.t.ok(r.teacher, 'loans.return', { barcode: 'B1' });
    const books = await r.t.ok(r.teacher, 'books.list', {});
    const prince = books.rows.find((b) => b.title === '小王子');
    const review = await r.t.ok(r.teacher, 'reviews.create', { childId: a.id, bookId: prince?.id ?? 0, text: '和李华一起读的' });
    await r.t.ok(r.teacher, 'reviews.grade', { id: review.id, grade: '优' });
    await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.mother, outcome: 'talked', durationMinutes: 5, endedMinutesAgo: 0 });
    await r.call(a, 'no_answer');
    const weekend = await r.t.ok(r.t.admin, 'activities.create', {
      kind: 'weekend',
      title: '周末手工',
      description: '和李华一组',
      capacity: 10,
      signupOpensAt: '2026-08-01T08:00:00+08:00',
      signupClosesAt: '2026-08-20T18:00:00+08:00',
      date: '2026-08-22',
      startTime: '09:00',
      endTime: '11:00',
    });
    await r.t.ok(r.teacher, 'activities.enrol', { activityId: weekend.id, childId: a.id });

    r.at('2026-08-05T10:00:00+08:00');
    const letter = await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2026-08', line: '孩子很懂事，放心。' });
    expect(letter).toMatchObject({
      month: '2026-08',
      upTo: '2026-08-05',
      daysIn: 2,
      books: [{ title: '小王子', grade: '优' }],
      groups: ['周末手工'],
      calls: [
        { relation: 'father', calls: 1, talked: 0 },
        { relation: 'mother', calls: 1, talked: 1 },
      ],
      next: { title: '周末手工', date: '2026-08-22', signedUp: true },
      surrogateName: '王老师',
    });
    expect(letter.text).toContain('这个月张小明来小屋 2 天。');
    expect(letter.text).toContain('读了这些书：小王子（读后感：优）。');
    expect(letter.text).toContain('这个月张小明还没有和爸爸通上电话');
    expect(letter.text).toContain('张小明和妈妈通话 1 次，其中 1 次说上了话。');
    expect(letter.text).toContain('接下来：张小明报名了“周末手工”，2026-08-22 09:00。');
    expect(letter.text).toContain('王老师想对你们说：孩子很懂事，放心。');
    // July keeps the late-evening visit and the loan.
    const july = await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2026-07', line: '' });
    expect(july).toMatchObject({ upTo: null, daysIn: 1, books: [{ title: '小王子', grade: null }], groups: [] });

    const en = await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2026-08', line: 'Doing well.', language: 'en' });
    expect(en.text).toContain('Dear parents of 张小明,');
    expect(en.text).toContain('This month 张小明 came to the room on 2 days.');
    expect(en.text).toContain("No call got through to 张小明's father this month yet");
    expect(en.text).not.toMatch(/这个月|爸爸|读了/);

    const pdf = await r.t.ok(r.teacher, 'care.letterPdf', { childId: a.id, month: '2026-08', line: '孩子很懂事，放心。' });
    expect(pdf.fileName).toBe('2026-08-张小明.pdf');
    const seen = pdfText(pdf.base64);
    expect(seen.pages).toBe(1);
    for (const line of letter.text.split('\n').filter(Boolean)) expect(seen.text).toContain(line.replace(/\s+/g, ''));

    expect(errorOf(await r.t.call(r.teacher, 'care.letter', { childId: a.id, month: '2026-09' }))).toMatchObject({ code: 'invalid_input' });
    expect(errorOf(await r.t.call(r.teacher, 'care.letter', { childId: a.id, month: '2026-13' }))).toMatchObject({ code: 'invalid_input' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'care.letter', { childId: a.id, month: '2026-08' }))).toEqual({ code: 'forbidden' });
  });

  it('says the January winter holiday kindly, writes no call to a parent without a number, and names no other child', async () => {
    const r = await careRoom('2026-12-20T09:00:00+08:00');
    const a = await r.child('王小红', {
      notes: '哮喘，和李华打过架',
      parents: [
        { relation: 'father', name: '王强', phone: '13900001111', workCity: '广州', employer: null, bestCallTime: null, verifiedOn: null },
        { relation: 'mother', name: '刘芳', phone: null, workCity: null, employer: null, bestCallTime: null, verifiedOn: null },
      ],
    });
    await r.child('李华');
    const quiet = await r.child('赵敏');
    await visit(r, a.id, '2027-01-08T15:00');
    // The winter holiday: nobody comes from 16 January to 21 February 2027.
    r.at('2027-01-09T10:00:00+08:00');
    await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.father, outcome: 'talked', durationMinutes: 3, endedMinutesAgo: 0, note: '说李华欺负她' });
    await r.write(talk(a.id, '2027-01-09', '和李华闹矛盾，哭了'));
    await r.write({ kind: 'counselling', childId: a.id, date: '2027-01-09', text: '辅导：分离焦虑' }, r.counsellor);
    await r.t.ok(r.teacher, 'books.create', { book: { title: '李华的故事' }, barcodes: ['B9'] });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: 'B9', childId: a.id });
    await r.t.ok(r.t.admin, 'activities.create', {
      kind: 'group',
      title: '书法小组',
      description: '李华当组长',
      capacity: 10,
      gradeFrom: 3,
      gradeTo: 6,
      signupOpensAt: '2027-01-01T08:00:00+08:00',
      signupClosesAt: '2027-03-01T18:00:00+08:00',
      weekday: 3,
      termStart: '2027-02-22',
      termEnd: '2027-06-30',
      startTime: '16:00',
      endTime: '17:00',
    });

    r.at('2027-02-03T10:00:00+08:00');
    const january = await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2027-01', line: '李华和她是好朋友' });
    expect(january).toMatchObject({ daysIn: 1, calls: [{ relation: 'father', calls: 1, talked: 1 }], books: [{ title: '□□的故事' }] });
    expect(january.next).toMatchObject({ title: '书法小组', weekday: 3, signedUp: false });
    expect(january.text).toContain('接下来：“书法小组”正在报名，每周三 16:00，欢迎王小红参加。');
    expect(january.text).toContain('□□和她是好朋友');
    expect(january.text).not.toMatch(/和妈妈/);
    for (const secret of ['李华', '哮喘', '辅导', '闹矛盾', '欺负', '组长']) expect(JSON.stringify(january)).not.toContain(secret);

    // Early February nobody has come yet: too soon to call it a holiday.
    expect((await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2027-02', line: '' })).text).toContain('这个月王小红还没有来小屋');
    // February over, the room closed all month: the letter says so instead of "0 days".
    r.at('2027-03-01T10:00:00+08:00');
    const february = await r.t.ok(r.teacher, 'care.letter', { childId: a.id, month: '2027-02', line: '' });
    expect(february).toMatchObject({ daysIn: 0, roomDays: 0, books: [], calls: [{ relation: 'father', calls: 0, talked: 0 }] });
    expect(february.text).toContain('这个月学校放假，小屋没有开门');
    expect(february.text).not.toMatch(/ 0 /);
    const pdf = pdfText((await r.t.ok(r.teacher, 'care.letterPdf', { childId: a.id, month: '2027-02', language: 'en' })).base64);
    expect(pdf.pages).toBe(1);
    expect(pdf.text).toContain('theroomwasclosed');

    // 赵敏 had no calls and came on no day of an open month.
    const none = await r.t.ok(r.teacher, 'care.letter', { childId: quiet.id, month: '2027-01', line: '' });
    expect(none).toMatchObject({ daysIn: 0, roomDays: 1, calls: [{ calls: 0 }, { calls: 0 }] });
    expect(none.text).toContain('这个月赵敏还没有来小屋');
    expect(none.text).toContain('这个月赵敏还没有和爸爸通上电话');
  });

  it("writes a class: one PDF to print with a page each, or a PDF per child in the admin's folder", async () => {
    const r = await careRoom('2026-11-10T09:00:00+08:00');
    await r.child('张小明');
    await r.child('李华');
    await r.child('赵敏', { grade: 5 });
    const printed = await r.t.ok(r.teacher, 'care.classLettersPdf', { grade: 4, classNo: 2, month: '2026-11', line: '天冷了，孩子都穿上了棉衣。' });
    expect(printed).toMatchObject({ fileName: '2026-11-4-2.pdf', children: 2 });
    const seen = pdfText(printed.base64);
    expect(seen.pages).toBe(2);
    expect(seen.text).toContain('李华的2026年11月家书');
    expect(seen.text).not.toContain('赵敏');

    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'letters-'));
    expect(errorOf(await r.t.call(r.teacher, 'care.classLettersToFolder', { grade: 4, classNo: 2, month: '2026-11', folder }))).toEqual({ code: 'forbidden' });
    const written = await r.t.ok(r.t.admin, 'care.classLettersToFolder', { grade: 4, classNo: 2, month: '2026-11', folder });
    expect(written.files.sort()).toEqual(['2026-11-张小明.pdf', '2026-11-李华.pdf']);
    expect(fs.readdirSync(folder).sort()).toEqual(written.files);
    expect(errorOf(await r.t.call(r.t.admin, 'care.classLettersToFolder', { grade: 4, classNo: 2, month: '2026-11', folder: path.join(folder, 'gone') }))).toMatchObject({ code: 'folder_missing' });
  });

  // A child imported without a grade: the open activities are then not filtered by grade (the fuzz test
  // found the filter bound a boolean, which SQLite cannot take).
  it('writes the letter of a child whose grade is unknown', async () => {
    const r = await careRoom('2026-11-20T09:00:00+08:00');
    const c = await r.child('王小雨', { grade: null, classNo: null });
    const letter = await r.t.ok(r.t.admin, 'care.letter', { childId: c.id, month: '2026-11', language: 'zh-CN' });
    expect(letter.text).toContain('王小雨');
  });
});
