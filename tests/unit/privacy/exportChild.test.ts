import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { errorOf, her, herPhoto, other, privacyRoom } from './room';

/** Every cell of every sheet, as text, with the sheet names. */
async function workbookText(file: string): Promise<{ sheets: string[]; text: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return { sheets: book.worksheets.map((s) => s.name), text: cells.join('\n') };
}

describe("privacy: a child's own data on request", () => {
  it('writes everything stored about her, and nothing about another child', async () => {
    const { t, herId } = await privacyRoom();
    const folder = path.join(t.dir, 'usb');
    fs.mkdirSync(folder);
    const result = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder });
    expect(result).toEqual({
      path: path.join(folder, `${her.name}-${herId}-2026-11-24`),
      files: ['child-data.xlsx', 'child-data.json', 'photo.jpg'],
      counts: {
        parents: 2,
        collectors: 3,
        visits: 3,
        calls: 1,
        bookings: 0,
        loans: 1,
        reviews: 1,
        signups: 1,
        attendance: 1,
        lectures: 1,
        care: 3,
        followUps: 1,
        incidents: 2,
        notices: 2,
        helpers: 1,
        helperVisits: 1,
        aid: 1,
        access: 0,
      },
    });
    expect(fs.readdirSync(folder)).toEqual([path.basename(result.path)]);

    const json = fs.readFileSync(path.join(result.path, 'child-data.json'), 'utf8');
    const data = JSON.parse(json) as Record<string, unknown>;
    expect(data.file).toMatchObject({ id: herId, name: her.name, studentNo: her.studentNo, notes: her.notes, guardianPhone: her.guardianPhone });
    for (const value of Object.values(her).filter((v) => v !== her.oldNotes && v !== her.pinyin)) expect.soft(json, value).toContain(value);
    expect(data.care).toContainEqual(expect.objectContaining({ kind: 'counselling', text: her.careText }));
    // Her photo as the image it is, byte for byte.
    expect(result.files).toEqual(['child-data.xlsx', 'child-data.json', 'photo.jpg']);
    expect(fs.readFileSync(path.join(result.path, 'photo.jpg')).toString('base64')).toBe(herPhoto.split(',')[1]);

    const { sheets, text } = await workbookText(path.join(result.path, 'child-data.xlsx'));
    expect(sheets).toEqual([
      '档案',
      '父母',
      '接送人',
      '到访',
      '亲情电话',
      '电话预约',
      '借阅',
      '读后感',
      '活动报名',
      '活动出勤',
      '讲座出勤',
      '关爱记录',
      '跟进事项',
      '意外事件',
      '意外事件通知',
      '爱心帮扶人',
      '帮扶来访',
      '受助记录',
      '查阅记录',
    ]);
    for (const value of [
      her.name,
      her.guardianAddress,
      her.uncle,
      her.excludedNote,
      '不可接走的人',
      her.callNote,
      her.review,
      her.careText,
      '心理辅导',
      '父母均外出',
      '防溺水安全',
      '镇派出所张警官',
      her.incidentWhat,
      her.noticeName,
      '受伤',
      '校长',
      '当面',
      '周爱心',
      '爱心妈妈',
      '书包和文具',
      '学习用品',
    ])
      expect.soft(text, value).toContain(value);

    for (const value of Object.values(other)) {
      expect.soft(json, value).not.toContain(value);
      expect.soft(text, value).not.toContain(value);
    }
  });

  it('logs the export in the access log, and a second export the same day gets its own folder', async () => {
    const { t, herId } = await privacyRoom();
    const first = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder: t.dir });
    const second = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder: t.dir });
    expect(second.path).toBe(`${first.path}-2`);
    // The second export lists the first one among who read her data.
    expect(second.counts.access).toBe(1);
    const log = await t.ok(t.admin, 'privacy.accessLog', { childId: herId, what: 'data_export' });
    expect(log.rows.map((r) => [r.what, r.staffName, r.role, r.at])).toEqual([
      ['data_export', '陈静', 'admin', '2026-11-24T10:00:00+08:00'],
      ['data_export', '陈静', 'admin', '2026-11-24T10:00:00+08:00'],
    ]);
  });

  it('heads and writes every value in words: a follow-up is not a library due date, no semester keys, no ISO stamps', async () => {
    const { t, herId } = await privacyRoom();
    const result = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder: t.dir });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path.join(result.path, 'child-data.xlsx'));
    const rows = (name: string) => (book.getWorksheet(name)?.getSheetValues() ?? []).filter(Array.isArray).map((r) => r.slice(1).map(String));
    expect(rows('跟进事项')[0]).toEqual(['原因', '备注', '跟进截止日期', '完成时间', '完成说明']);
    expect(rows('跟进事项')[1]).toContain('2026-11-30');
    expect(rows('借阅')[0]).toContain('应还日期');
    const [header, review] = rows('读后感');
    expect(review[header.indexOf('学期')]).toBe('2026年秋季学期');
    expect(review[header.indexOf('写作时间')]).toBe('2026-11-23 10:00');
    const { text } = await workbookText(path.join(result.path, 'child-data.xlsx'));
    expect(text).not.toMatch(/\d{4}-(spring|autumn)|T\d\d:\d\d:\d\d/);
    // The JSON keeps every value as stored.
    expect(fs.readFileSync(path.join(result.path, 'child-data.json'), 'utf8')).toContain('"semester": "2026-autumn"');
  });

  it('labels the workbook in English when the room uses English', async () => {
    const { t, herId } = await privacyRoom();
    await t.ok(t.admin, 'settings.update', { language: 'en' });
    const result = await t.ok(t.admin, 'privacy.exportChild', { childId: herId, folder: t.dir });
    const { sheets, text } = await workbookText(path.join(result.path, 'child-data.xlsx'));
    expect(sheets[0]).toBe('File');
    expect(text).toContain('Guardian phone');
    expect(text).toContain('both away');
    expect(text).toContain('Follow up by');
    expect(text).toContain('Autumn semester 2026');
  });

  it('refuses a missing or relative folder, and a missing child, and writes nothing', async () => {
    const { t, herId } = await privacyRoom();
    const missing = path.join(t.dir, 'no-usb');
    expect(errorOf(await t.call(t.admin, 'privacy.exportChild', { childId: herId, folder: missing }))).toEqual({
      code: 'folder_missing',
      details: { path: missing },
    });
    expect(errorOf(await t.call(t.admin, 'privacy.exportChild', { childId: herId, folder: 'usb' }))).toEqual({
      code: 'folder_missing',
      details: { path: 'usb' },
    });
    expect(errorOf(await t.call(t.admin, 'privacy.exportChild', { childId: 9999, folder: t.dir }))).toEqual({
      code: 'not_found',
      details: { entity: 'child' },
    });
    expect(errorOf(await t.call(t.admin, 'privacy.exportChild', { childId: herId, folder: '' })).code).toBe('invalid_input');
    expect((await t.ok(t.admin, 'privacy.accessLog', { what: 'data_export' })).total).toBe(0);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes(her.name))).toEqual([]);
  });

  it('is for admins only', async () => {
    const { t, teacher, herId } = await privacyRoom();
    expect(errorOf(await t.call(teacher, 'privacy.exportChild', { childId: herId, folder: t.dir })).code).toBe('forbidden');
    expect(fs.readdirSync(t.dir).filter((f) => f.includes(her.name))).toEqual([]);
  });
});
