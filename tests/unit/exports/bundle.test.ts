import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../../electron/services/exports/manifest';
import { exportWeekAsSystem } from '../../../electron/services/exports/weekExport';
import { manifestSchema, type Manifest } from '../../../shared/bundle';
import { checkBundles } from '../../../shared/bundleCheck';
import { AppError } from '../../../shared/errors';
import { AFTER_WEEK, bundleFiles, CALL_NOTE, HANDOVER, parseCsv, readXlsx, WEEK, weekRoom, type Row, type WeekRoom } from './room';

const FIXTURE_PHONES = ['13812345678', '13987654321', '13700001111', '13811112222', '13911112222', '13822223333', '13933334444'];
const XLSX = '青山小学-留守儿童之家-2026-W47.xlsx';
const SHEETS = ['汇总', '到室签到', '亲情电话', '图书借还', '活动报名与出勤', '值班签到与交接', '关爱记录'];
const CSVS = ['summary.csv', 'checkins.csv', 'calls.csv', 'loans.csv', 'activities.csv', 'duty.csv', 'care.csv'];

/** The bold line under a log sheet in the workbook (not in its CSV). */
function total(count: number, width: number): Row {
  return [`合计：${count} 条`, ...Array<null>(width - 1).fill(null)];
}

function manifestOf(bundle: string): Manifest {
  return manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(bundle, 'manifest.json'), 'utf8')));
}

function pdfText(file: string): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Every value a person could read in the bundle: workbook cells, CSV text, PDF text, the manifest. */
async function everything(bundle: string): Promise<string> {
  const parts: string[] = [];
  for (const [name, data] of Object.entries(bundleFiles(bundle))) {
    if (name.endsWith('.xlsx')) parts.push(JSON.stringify(await readXlsx(path.join(bundle, name))));
    else if (name.endsWith('.pdf')) parts.push(pdfText(path.join(bundle, name)) ?? '');
    else parts.push(data.toString('utf8'));
  }
  return parts.join('\n');
}

async function father(r: WeekRoom, childId: number): Promise<number> {
  const file = await r.t.ok(r.t.admin, 'children.get', { id: childId });
  return file.parents.find((p) => p.relation === 'father')?.id ?? 0;
}

async function exported(r: WeekRoom, includeContacts = false) {
  return r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out, includeContacts });
}

describe('exports.week: the bundle', () => {
  it('writes one folder whose workbook has the summary and one sheet per log, each equal to what the database holds', async () => {
    const r = await weekRoom();
    const run = await exported(r);
    expect(run).toMatchObject({ week: WEEK, trigger: 'manual', folder: r.out, includeContacts: false, rows: 16, files: 10, staffName: '陈静' });
    expect(run.bundlePath).toBe(path.join(r.out, '青山小学-留守儿童之家-2026-W47'));
    expect(fs.readdirSync(r.out)).toEqual(['青山小学-留守儿童之家-2026-W47']);
    expect(fs.readdirSync(run.bundlePath).sort()).toEqual([XLSX, ...CSVS, 'manifest.json', 'summary.pdf'].sort());

    const book = await readXlsx(path.join(run.bundlePath, XLSX));
    // The week-end lists close the workbook; they have no CSV.
    expect(Object.keys(book)).toEqual([...SHEETS, '30天以上未通话', '逾期未还图书']);
    expect(book['到室签到']).toEqual([
      ['序号', '姓名', '年级', '班级', '签到时间', '签到办理', '签退时间', '签退办理', '时长（分钟）', '离开方式'],
      [1, '张小明', 4, 2, '2026-11-16 16:00', '王老师', '2026-11-16 17:30', '王老师', 90, '监护人接走'],
      [2, '李小红', 3, 1, '2026-11-16 16:05', '儿童自助', '2026-11-16 17:00', '儿童自助', 55, null],
      // Sunday 23:30 is still the week; the voided visit, Sunday the 15th and Monday the 23rd are not.
      // Opened after closing, it ended with its day at midnight (issue 13, point 4).
      [3, '王小军', 5, 1, '2026-11-22 23:30', '王老师', '2026-11-23 00:00', '闭馆自动签退', 30, null],
      total(3, 10),
    ]);
    expect(book['亲情电话']).toEqual([
      ['序号', '姓名', '年级', '班级', '通话对象', '电话/视频', '开始时间', '结束时间', '时长（分钟）', '结果', '是否预约', '老师'],
      [1, '张小明', 4, 2, '父亲', '电话', '2026-11-16 16:25', '2026-11-16 16:30', 5, '已通话', '否', '王老师'],
      [2, '李小红', 3, 1, '父亲', '电话', '2026-11-18 16:00', '2026-11-18 16:02', 2, '无人接听', '是', '王老师'],
      total(2, 12),
    ]);
    expect(book['图书借还']).toEqual([
      ['序号', '姓名', '年级', '班级', '书名', '条码', '借出时间', '借出办理', '应还日期', '续借次数', '归还时间', '本周借出', '本周归还'],
      [1, '张小明', 4, 2, '小王子, "插图版"', 'B1', '2026-11-12 16:00', '王老师', '2026-11-26', 0, '2026-11-17 16:10', '否', '是'],
      [2, '李小红', 3, 1, '西游记', 'B2', '2026-11-18 16:02', '王老师', '2026-12-02', 0, null, '是', '否'],
      total(2, 13),
    ]);
    expect(book['活动报名与出勤']).toEqual([
      ['序号', '记录类型', '活动', '活动类别', '日期', '姓名', '年级', '班级', '报名状态', '报名方式', '报名时间', '是否出勤'],
      [1, '报名', '书法, 绘画', '周末活动', '2026-11-21', '张小明', 4, 2, '已报名', '儿童自助', '2026-11-17 16:10', null],
      [2, '报名', '书法, 绘画', '周末活动', '2026-11-21', '李小红', 3, 1, '已报名', '老师代报', '2026-11-18 16:02', null],
      [3, '出勤', '书法, 绘画', '周末活动', '2026-11-21', '李小红', 3, 1, null, null, null, '否'],
      [4, '出勤', '书法, 绘画', '周末活动', '2026-11-21', '张小明', 4, 2, null, null, null, '是'],
      total(4, 12),
    ]);
    // The handover note stays on the PC unless notes and contact details are asked for (below).
    expect(book['值班签到与交接']).toEqual([
      ['序号', '日期', '开放时段', '老师', '是否排班', '签到时间', '签退时间', '值班情况'],
      [1, '2026-11-16', '16:00–18:00', '王老师', '是', '2026-11-16 16:02', '2026-11-16 18:05', '准时'],
      [2, '2026-11-18', '16:00–18:00', '李老师', '是', null, null, '缺勤'],
      [3, '2026-11-20', null, '李老师', '否', '2026-11-20 16:00', '2026-11-20 17:00', '计划外'],
      total(3, 8),
    ]);
    const summary = Object.fromEntries(book['汇总'].slice(1).map(([k, v]) => [k, v]));
    expect(summary).toMatchObject({
      学校: '青山小学',
      活动室: '留守儿童之家',
      周次: '第47周（11月16日—11月22日）',
      周次编号: WEEK,
      数据截至: '整周（本周已结束）',
      版本: 1,
      开始日期: '2026-11-16',
      结束日期: '2026-11-22',
      含联系方式: '否',
      '到室儿童（人）': 3,
      '到室（人次）': 3,
      '亲情电话（次）': 2,
      '其中通话成功（次）': 1,
      '其中视频通话（次）': 0,
      '其中视频通话成功（次）': 0,
      '借书（本次）': 1,
      '还书（本次）': 1,
      '活动报名（人次）': 2,
      '活动出勤（人次）': 1,
      '值班签到（次）': 2,
      '计划值班（班次）': 2,
      '已签到的计划值班（班次）': 1,
      '30天以上未与父母通话（人）': 2,
      '逾期未还图书（本）': 1,
      '2026-11-16 到室（人次）': 2,
      '2026-11-17 到室（人次）': 0,
      '2026-11-22 到室儿童（人）': 1,
    });
  });

  it('agrees with the database counted another way, and the manifest carries the same figures', async () => {
    const r = await weekRoom();
    const run = await exported(r);
    const db = r.t.app.db;
    const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: number | string | bigint }> }) => Number((await q.executeTakeFirstOrThrow()).n);
    const visits = await n(
      db
        .selectFrom('visit')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('voided_at', 'is', null)
        .where('checked_in_at', '>=', '2026-11-16')
        .where('checked_in_at', '<', '2026-11-23'),
    );
    const calls = await n(
      db
        .selectFrom('call')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('started_at', '>=', '2026-11-16')
        .where('started_at', '<', '2026-11-23'),
    );
    const manifest = manifestOf(run.bundlePath);
    expect(manifest.summary).toMatchObject({ visits, calls, children: 3, noCall30Days: 2, overdueBooks: 1, dutiesPlanned: 2, dutiesCovered: 1 });
    expect(manifest.summary.daily.map((d) => d.visits)).toEqual([2, 0, 0, 0, 0, 0, 1]);
    expect(manifest.sheets).toEqual([
      // 37 rows, two of the video calls, six of the lecture rule and six of the incident counts (issue 20).
      { key: 'summary', title: '汇总', rows: 51 },
      { key: 'checkins', title: '到室签到', rows: visits },
      { key: 'calls', title: '亲情电话', rows: calls },
      { key: 'loans', title: '图书借还', rows: 2 },
      { key: 'activities', title: '活动报名与出勤', rows: 4 },
      { key: 'duty', title: '值班签到与交接', rows: 3 },
      // Care: the children with no surrogate parent, then all (tests/unit/care/exportSheet.test.ts).
      { key: 'care', title: '关爱记录', rows: 2 },
    ]);
    expect(manifest).toMatchObject({
      format: 1,
      school: '青山小学',
      room: '留守儿童之家',
      week: WEEK,
      from: '2026-11-16',
      to: '2026-11-22',
      language: 'zh-CN',
      trigger: 'manual',
      includeContacts: false,
    });
  });

  it("says which calls were video calls, counts them in the summary, and the office's check agrees", async () => {
    const r = await weekRoom();
    await r.t.ok(r.t.admin, 'settings.update', { videoCallPc: true });
    r.t.at('2026-11-19T16:00:00+08:00');
    await r.t.ok(r.wang, 'calls.log', { childId: r.ids.jun, parentId: await father(r, r.ids.jun), channel: 'video', outcome: 'talked', durationMinutes: 6 });
    r.t.at(AFTER_WEEK);
    const run = await exported(r);
    const calls = (await readXlsx(path.join(run.bundlePath, XLSX)))['亲情电话'];
    expect(calls.slice(1, 4).map((row) => [row[1], row[5], row[9]])).toEqual([
      ['张小明', '电话', '已通话'],
      ['李小红', '电话', '无人接听'],
      ['王小军', '视频', '已通话'],
    ]);
    expect(manifestOf(run.bundlePath).summary).toMatchObject({ calls: 3, callsTalked: 2, videoCalls: 1, videoCallsTalked: 1 });
    const picked = Object.entries(bundleFiles(run.bundlePath)).map(([name, data]) => ({ relativePath: `usb/b/${name}`, bytes: new Uint8Array(data) }));
    const [check] = await checkBundles(picked);
    expect([check?.status, check?.problems]).toEqual(['current', []]);
  });

  it('writes each sheet as CSV: UTF-8 with a BOM, CRLF rows, and commas, quotes, line breaks and Chinese quoted per RFC 4180', async () => {
    const r = await weekRoom();
    const run = await exported(r, true);
    const book = await readXlsx(path.join(run.bundlePath, XLSX));
    const asText = (row: Row) => row.map((v) => (v === null ? '' : String(v)));
    CSVS.forEach((name, i) => {
      const data = fs.readFileSync(path.join(run.bundlePath, name));
      expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = data.toString('utf8').slice(1);
      expect(text.endsWith('\r\n')).toBe(true);
      // Same table as the workbook (CR LF kept in the CSV, where XML keeps LF only).
      const rows = parseCsv(text).map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n')));
      // The workbook's count line under a log is not data: the CSV has none (care's own total row is).
      const sheet = ['summary.csv', 'care.csv'].includes(name) ? book[SHEETS[i]] : book[SHEETS[i]].slice(0, -1);
      expect([name, rows]).toEqual([name, sheet.map(asText)]);
    });
    const calls = fs.readFileSync(path.join(run.bundlePath, 'calls.csv'), 'utf8');
    expect(calls).toContain(`,"${CALL_NOTE.replace(/"/g, '""')}"\r\n`);
    expect(calls).toContain('"爸爸说, ""周末回家""\n下周再打"');
    expect(fs.readFileSync(path.join(run.bundlePath, 'duty.csv'), 'utf8')).toContain('"小明, ""咳嗽""\r\n请留意"');
    expect(fs.readFileSync(path.join(run.bundlePath, 'loans.csv'), 'utf8')).toContain(',"小王子, ""插图版""",B1,');
    expect(fs.readFileSync(path.join(run.bundlePath, 'checkins.csv'), 'utf8').split('\r\n')[1]).toBe('1,张小明,4,2,2026-11-16 16:00,王老师,2026-11-16 17:30,王老师,90,监护人接走,张奶奶');
  });

  it('lists every other file in the manifest with its size and SHA-256, and records the run once', async () => {
    const r = await weekRoom();
    const run = await exported(r);
    const manifest = manifestOf(run.bundlePath);
    const files = bundleFiles(run.bundlePath);
    expect(manifest.files.map((f) => f.name).sort()).toEqual(
      Object.keys(files)
        .filter((f) => f !== 'manifest.json')
        .sort(),
    );
    for (const entry of manifest.files) {
      expect(entry.bytes).toBe(files[entry.name].length);
      expect(entry.sha256).toBe(sha256(files[entry.name]));
    }
    expect(await r.t.ok(r.t.admin, 'exports.history', {})).toEqual([run]);
    const audit = await r.t.app.db.selectFrom('audit_log').select(['action', 'row_id', 'actor_staff_id']).where('action', '=', 'exports.week').execute();
    expect(audit).toEqual([{ action: 'exports.week', row_id: run.id, actor_staff_id: r.t.adminId }]);
  });

  it("draws the summary PDF in Chinese: figures, the lists at the week's end and duty coverage", async () => {
    const r = await weekRoom();
    const run = await exported(r);
    const pdf = fs.readFileSync(path.join(run.bundlePath, 'summary.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(path.join(run.bundlePath, 'summary.pdf'));
    if (text === null) return; // pdftotext (poppler-utils) is not installed: only this check is skipped.
    expect(text).toContain('青山小学 留守儿童之家');
    expect(text).toContain('第47周（11月16日—11月22日）');
    expect(text).toContain('2026-W47');
    expect(text).not.toContain('本周尚未结束');
    expect(text).toContain('到室儿童 3 人，共 3 人次');
    expect(text).toMatch(/李小红\s+3年级1班\s+从未通话/);
    expect(text).toMatch(/王小军\s+5年级1班\s+2026-10-10\s+43/);
    expect(text).toMatch(/三国演义\s+王小军\s+5年级1班\s+2026-11-16\s+6/);
    expect(text).toContain('计划值班 2 班次，已签到 1 班次，覆盖率 50%');
  });

  it("by default lets no phone number, address, call note or collector's name leave the PC; with contact details they go in", async () => {
    const r = await weekRoom();
    // A mobile number not inside a longer run of digits or hex (the manifest's SHA-256 sums are hex).
    const phones = /(?<![\da-f])1[3-9]\d{9}(?![\da-f])/;
    const plain = await exported(r);
    const all = await everything(plain.bundlePath);
    expect(all.match(phones)).toBeNull();
    for (const phone of FIXTURE_PHONES) expect(all).not.toContain(phone);
    // Nor a duty handover note ("小明, 咳嗽…"): it is about a child.
    for (const secret of ['青山村', '周末回家', '张奶奶', '咳嗽']) expect(all).not.toContain(secret);

    const full = await exported(r, true);
    expect(full.includeContacts).toBe(true);
    expect(manifestOf(full.bundlePath).includeContacts).toBe(true);
    const book = await readXlsx(path.join(full.bundlePath, XLSX));
    expect(book['亲情电话'][0].slice(-2)).toEqual(['拨打号码', '通话备注']);
    expect(book['亲情电话'][1].slice(-2)).toEqual(['13987654321', CALL_NOTE]);
    expect(book['到室签到'][1].at(-1)).toBe('张奶奶');
    // XML turns CR LF inside a cell into LF; the CSV keeps it (the CSV test).
    expect(book['值班签到与交接'][0].at(-1)).toBe('交接留言');
    expect(book['值班签到与交接'][1].at(-1)).toBe(HANDOVER.replace('\r\n', '\n'));
    const runs = await r.t.app.db.selectFrom('export_run').select(['include_contacts']).orderBy('id').execute();
    expect(runs).toEqual([{ include_contacts: 0 }, { include_contacts: 1 }]);
  });

  it('writes a re-export of a finished week as its next revision beside the first, naming the one it replaces', async () => {
    const r = await weekRoom();
    const first = await exported(r);
    const before = bundleFiles(first.bundlePath);
    expect(manifestOf(first.bundlePath)).toMatchObject({ partialUpTo: null, revision: 1, replaces: null });
    r.t.at('2026-11-23T11:00:00+08:00');
    const second = await exported(r);
    expect(second.bundlePath).toBe(`${first.bundlePath}-r2`);
    expect(bundleFiles(first.bundlePath)).toEqual(before);
    expect(manifestOf(second.bundlePath)).toMatchObject({ createdAt: '2026-11-23T11:00:00+08:00', revision: 2, replaces: '青山小学-留守儿童之家-2026-W47' });
    expect(second).toMatchObject({ revision: 2, replaces: '青山小学-留守儿童之家-2026-W47', partialUpTo: null });
    const third = await exported(r);
    expect(third.bundlePath).toBe(`${first.bundlePath}-r3`);
    expect(manifestOf(third.bundlePath)).toMatchObject({ revision: 3, replaces: '青山小学-留守儿童之家-2026-W47-r2' });
    expect((await r.t.ok(r.t.admin, 'exports.history', {})).map((h) => h.id)).toEqual([third.id, second.id, first.id]);
  });

  it("headers follow the room's language; the PDF stays Chinese", async () => {
    const r = await weekRoom();
    await r.t.ok(r.t.admin, 'settings.setLanguage', { language: 'en' });
    const run = await exported(r);
    const book = await readXlsx(path.join(run.bundlePath, XLSX));
    expect(Object.keys(book)).toEqual(['Summary', 'Check-ins', 'Home calls', 'Loans and returns', 'Activities', 'Duty and handover', 'Care records', 'No call 30+ days', 'Overdue books']);
    expect(book['Check-ins'][0].slice(0, 5)).toEqual(['No.', 'Name', 'Grade', 'Class', 'Checked in']);
    expect(book['Home calls'][1].slice(5, 10)).toEqual(['phone', '2026-11-16 16:25', '2026-11-16 16:30', 5, 'talked']);
    expect(manifestOf(run.bundlePath).language).toBe('en');
    const text = pdfText(path.join(run.bundlePath, 'summary.pdf'));
    if (text !== null) expect(text).toContain('本周概况');
  });
});

describe('exports.week: what it refuses', () => {
  it('says which folder is missing and records nothing', async () => {
    const r = await weekRoom();
    const gone = path.join(r.out, 'not-plugged-in');
    expect(await r.t.call(r.t.admin, 'exports.week', { week: WEEK, folder: gone })).toEqual({
      ok: false,
      error: { code: 'folder_missing', details: { path: gone } },
    });
    expect(await r.t.app.db.selectFrom('export_run').selectAll().execute()).toEqual([]);
    expect(await r.t.app.db.selectFrom('audit_log').select('id').where('action', 'like', 'exports.%').execute()).toEqual([]);
  });

  it('refuses a week that does not exist or has not begun, a relative folder, no folder at all, and a teacher', async () => {
    const r = await weekRoom();
    const issue = (path: string, code: string) => ({ ok: false, error: { code: 'invalid_input', details: { issues: [{ path: [path], code }] } } });
    expect(await r.t.call(r.t.admin, 'exports.week', { week: '2025-W53', folder: r.out })).toEqual(issue('week', 'invalid'));
    expect(await r.t.call(r.t.admin, 'exports.week', { week: '2026-47', folder: r.out })).toEqual(issue('week', 'invalid'));
    expect(await r.t.call(r.t.admin, 'exports.week', { week: '2026-W49', folder: r.out })).toEqual(issue('week', 'date_future'));
    expect(await r.t.call(r.t.admin, 'exports.week', { week: WEEK, folder: 'usb' })).toEqual(issue('folder', 'invalid'));
    expect(await r.t.call(r.t.admin, 'exports.week', { week: WEEK })).toEqual(issue('folder', 'required'));
    expect(await r.t.call(r.wang, 'exports.week', { week: WEEK, folder: r.out })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(fs.readdirSync(r.out)).toEqual([]);
  });

  it('uses Settings.exportFolder when no folder is given', async () => {
    const r = await weekRoom();
    await r.t.ok(r.t.admin, 'settings.update', { exportFolder: r.out });
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK });
    expect(run.folder).toBe(r.out);
    expect(fs.existsSync(run.bundlePath)).toBe(true);
  });

  it('without a Chinese font writes nothing and says so', async () => {
    const r = await weekRoom();
    const task = { db: r.t.app.db, now: r.t.clock.now, host: r.t.app.host };
    const error = await exportWeekAsSystem(task, { week: WEEK, folder: r.out, includeContacts: false, trigger: 'cli' }, { fonts: [{ file: '/nowhere/msyh.ttc', family: 'MicrosoftYaHei' }] }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('file_write_failed');
    expect((error as AppError).details?.reason).toBe('no_chinese_font');
    expect((error as AppError).details?.path).toMatch(/no Chinese font/);
    expect(fs.readdirSync(r.out)).toEqual([]);
    expect(await r.t.app.db.selectFrom('export_run').selectAll().execute()).toEqual([]);
  });

  it('removes the partial folder and records nothing when a file does not read back as written', async () => {
    const r = await weekRoom();
    const task = { db: r.t.app.db, now: r.t.clock.now, host: r.t.app.host };
    const damage = (dir: string) => fs.appendFileSync(path.join(dir, 'calls.csv'), 'x');
    const error = await exportWeekAsSystem(task, { week: WEEK, folder: r.out, includeContacts: false, trigger: 'cli' }, { beforeVerify: damage }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).details).toMatchObject({ reason: 'verify', path: expect.stringMatching(/calls\.csv$/) });
    expect(fs.readdirSync(r.out)).toEqual([]);
    expect(await r.t.app.db.selectFrom('export_run').selectAll().execute()).toEqual([]);
  });
});
