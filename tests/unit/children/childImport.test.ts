import { describe, expect, it } from 'vitest';
import type { CellValue } from 'exceljs';
import type { Input } from '../../../shared/contract';
import type { ChildImportRow } from '../../../shared/domain';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { bytesFile, csv, csvText, HEADER, row, xlsx, type ChildListFile } from './childImportFiles';

/** A preview row as the tests compare it: the class fields and the problems without their values. */
function summary(r: ChildImportRow) {
  return {
    rowNumber: r.rowNumber, status: r.status, name: r.name,
    grade: r.fields.grade ?? null, classNo: r.fields.classNo ?? null, studentNo: r.fields.studentNo ?? null,
    problems: plain(r.problems),
  };
}

function plain(problems: ChildImportRow['problems']) {
  return problems.map(({ column, code }) => ({ column, code }));
}

const NONE = { repeat: 0, skipped: 0 };

async function counts(t: TestApp) {
  const n = async (table: 'child' | 'child_parent' | 'audit_log') =>
    Number((await t.app.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { child: await n('child'), parent: await n('child_parent'), audit: await n('audit_log') };
}

async function existing(t: TestApp, overrides: Partial<Input<'children.create'>> = {}) {
  return t.ok(t.admin, 'children.create', childInput(overrides));
}

async function childNamed(t: TestApp, name: string) {
  const found = (await t.ok(t.admin, 'children.list', {})).rows.filter((c) => c.name === name);
  expect(found).toHaveLength(1);
  return t.ok(t.admin, 'children.get', { id: found[0].id });
}

async function failure(t: TestApp, method: 'children.importPreview' | 'children.importConfirm', file: ChildListFile) {
  const result = await t.call(t.admin, method, file);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error;
}

describe('children.importPreview', () => {
  it('sorts rows into new, update and error with the column and reason, and writes nothing', async () => {
    const t = await createTestApp();
    await existing(t, { studentNo: 'S001' });
    const file = await xlsx([[
      [...HEADER],
      row({ 学号: 'S100' }),
      row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12', 年级: '四年级' }),
      row({ 学号: 'S101', 姓名: '李四', 性别: '未知', 监护人电话: '12345' }),
    ]]);
    const before = await counts(t);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map(summary)).toEqual([
      { rowNumber: 2, status: 'new', name: '王小红', grade: 3, classNo: 2, studentNo: 'S100', problems: [] },
      { rowNumber: 3, status: 'update', name: '张小明', grade: 4, classNo: 2, studentNo: 'S001', problems: [] },
      {
        rowNumber: 4, status: 'error', name: '李四', grade: 3, classNo: 2, studentNo: 'S101',
        problems: [{ column: '性别', code: 'invalid' }, { column: '监护人电话', code: 'phone' }],
      },
    ]);
    expect(preview.counts).toEqual({ new: 1, update: 1, error: 1, ...NONE });
    expect(await counts(t)).toEqual(before);
  });

  it('finds the header below a title row and reports spreadsheet row numbers, skipping blank rows', async () => {
    const t = await createTestApp();
    const file = await xlsx([[
      ['青山小学2026年秋季学期留守儿童花名册'],
      ['填表日期：2026年11月20日'],
      ['序号', ...HEADER],
      [1, ...row({ 姓名: '王小红' })],
      [],
      [2, ...row({ 姓名: '赵小刚', 性别: '男' })],
      // A template's numbered rows that nobody filled in.
      [3],
      [4],
    ]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.rowNumber, r.name, r.status])).toEqual([
      [4, '王小红', 'new'],
      [6, '赵小刚', 'new'],
    ]);
  });

  it('reads the first sheet that has a roster header, e.g. after an instructions sheet', async () => {
    const t = await createTestApp();
    const file = await xlsx([[['填表说明'], ['请勿修改表头']], [[...HEADER], row()]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => r.name)).toEqual(['王小红']);
  });

  it('reads grades and classes the ways schools write them', async () => {
    const t = await createTestApp();
    const cases: [CellValue, CellValue][] = [
      ['三年级', '2班'], ['3', '(2)班'], ['3年级', '（2）班'], [3, 2], ['初一', '1班'], ['七年级', '十二班'],
      [null, '三年级2班'], [null, '四(3)班'], ['十年级', '1班'], ['高一', '1班'], ['3', '甲班'],
    ];
    const names = ['甲一', '甲二', '甲三', '甲四', '甲五', '甲六', '甲七', '甲八', '甲九', '甲十', '乙一'];
    const file = await xlsx([[[...HEADER], ...cases.map(([年级, 班级], i) => row({ 姓名: names[i], 年级, 班级 }))]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.fields.grade ?? null, r.fields.classNo ?? null, plain(r.problems)])).toEqual([
      [3, 2, []], [3, 2, []], [3, 2, []], [3, 2, []], [7, 1, []], [7, 12, []],
      [3, 2, []], [4, 3, []],
      [10, 1, [{ column: '年级', code: 'range' }]],
      [null, 1, [{ column: '年级', code: 'invalid' }]],
      [3, null, [{ column: '班级', code: 'invalid' }]],
    ]);
  });

  it('imports a row whose file lacks a column: only the name is required; a bad phone still refuses the row', async () => {
    const t = await createTestApp();
    const drop = new Set(['监护人电话', '性别']);
    const header = HEADER.filter((h) => !drop.has(h));
    const pick = (values: CellValue[]) => values.filter((_, i) => !drop.has(HEADER[i]));
    const file = await xlsx([[
      [...header],
      pick(row({ 姓名: '王小红', 父亲姓名: null, 父亲电话: '13911112222' })),
      pick(row({ 姓名: '赵小刚', 父亲电话: '123' })),
    ]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.status, plain(r.problems)])).toEqual([
      ['new', []],
      ['error', [{ column: '父亲电话', code: 'phone' }]],
    ]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 1, updated: 0, skipped: 1 });
    const child = await childNamed(t, '王小红');
    expect([child.gender, child.guardianPhone, child.parents.map((p) => [p.relation, p.name, p.phone])]).toEqual([null, null, [['father', null, '13911112222']]]);
  });

  it('applies the clock and database rules: future birth dates, a student number on an archived child', async () => {
    const t = await createTestApp();
    const archived = await existing(t, { studentNo: 'S009' });
    await t.ok(t.admin, 'children.archive', { id: archived.id, reason: '转学' });
    const file = await xlsx([[[...HEADER], row({ 出生日期: '2027-01-01' }), row({ 学号: 'S009', 姓名: '赵小刚' })]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.status, plain(r.problems)])).toEqual([
      ['error', [{ column: '出生日期', code: 'date_future' }]],
      ['error', [{ column: '学号', code: 'duplicate' }]],
    ]);
  });

  it('refuses the later of two rows about the same child', async () => {
    const t = await createTestApp();
    await existing(t, { studentNo: 'S001' });
    const file = await xlsx([[
      [...HEADER],
      row({ 学号: 'S100', 姓名: '王小红' }),
      row({ 学号: 'S100', 姓名: '王小红' }),
      row({ 姓名: '李明', 出生日期: '2016-01-01' }),
      row({ 姓名: '李明', 出生日期: '2016-01-01' }),
      row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12' }),
      // Same existing child, found by name and birth date this time.
      row({ 学号: null, 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12' }),
    ]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.rowNumber, r.status, plain(r.problems)])).toEqual([
      [2, 'new', []],
      [3, 'repeat', []],
      [4, 'new', []],
      [5, 'repeat', []],
      [6, 'update', []],
      [7, 'repeat', []],
    ]);
    const before = await counts(t);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 2, updated: 1, skipped: 3 });
    expect((await counts(t)).child).toBe(before.child + 2);
  });

  it('refuses a row whose name and birth date match two existing children, rather than guess', async () => {
    const t = await createTestApp();
    await existing(t, { studentNo: 'S001' });
    await existing(t, { studentNo: 'S002' });
    const file = await xlsx([[[...HEADER], row({ 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12' })]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(plain(preview.rows[0].problems)).toEqual([{ column: '姓名', code: 'duplicate' }]);
  });

  it('reads UTF-8 CSV with and without a BOM, and GBK CSV as Chinese Excel saves it', async () => {
    const t = await createTestApp();
    const text = csvText([[...HEADER], row({ 学号: '001', 姓名: '王小红', 出生日期: '2016/3/2' }) as (string | null)[]]);
    const gbk = csv(text, 'gbk');
    // The GBK bytes are not UTF-8, so this exercises the fallback.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(gbk.dataBase64, 'base64'))).toThrow();
    for (const file of [csv(text, 'utf8'), csv(text, 'utf8-bom'), gbk, csv(text, 'utf8-bom', '花名册.CSV')]) {
      const preview = await t.ok(t.admin, 'children.importPreview', file);
      // Leading zeros survive: CSV fields stay text.
      expect(preview.rows.map(summary)).toEqual([
        { rowNumber: 2, status: 'new', name: '王小红', grade: 3, classNo: 2, studentNo: '001', problems: [] },
      ]);
    }
  });

  it('takes 5,000 rows and refuses 5,001', async () => {
    const t = await createTestApp();
    const rows = Array.from({ length: 5001 }, (_, i) => row({ 学号: `S${i}` }) as (string | null)[]);
    const full = csv(csvText([[...HEADER], ...rows.slice(0, 5000)]), 'utf8');
    expect((await t.ok(t.admin, 'children.importPreview', full)).counts).toEqual({ new: 5000, update: 0, error: 0, ...NONE });
    const error = await failure(t, 'children.importPreview', csv(csvText([[...HEADER], ...rows]), 'utf8'));
    expect(error).toEqual({ code: 'import_too_large', details: { entity: 'rows' } });
  });

  it('answers import_unreadable for files it cannot read or that have no roster header', async () => {
    const t = await createTestApp();
    const good = await xlsx([[[...HEADER], row()]]);
    const unreadable = [
      bytesFile(new TextEncoder().encode('not a zip file'), 'roster.xlsx'),
      { ...good, fileName: 'roster.xls' },
      { ...good, fileName: 'roster.txt' },
      await xlsx([[['学号', '性别'], ['S1', '女']]]),
      // The header must be near the top.
      await xlsx([[...Array.from({ length: 10 }, () => ['说明']), [...HEADER], row()]]),
    ];
    for (const file of unreadable) {
      expect(await failure(t, 'children.importPreview', file)).toEqual({ code: 'import_unreadable' });
      expect(await failure(t, 'children.importConfirm', file)).toEqual({ code: 'import_unreadable' });
    }
    expect((await t.ok(t.admin, 'children.importPreview', good)).counts.new).toBe(1);
  });

  it('is for admins only', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const file = await xlsx([[[...HEADER], row()]]);
    const before = await counts(t);
    expect(await t.call(teacher, 'children.importPreview', file)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(teacher, 'children.importConfirm', file)).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await counts(t)).toEqual(before);
    // The same file is fine for an admin: the refusal is about the role.
    expect((await t.ok(t.admin, 'children.importPreview', file)).counts).toEqual({ new: 1, update: 0, error: 0, ...NONE });
  });
});

describe('children.importConfirm', () => {
  it('writes the good rows, skips the bad one, and records the import', async () => {
    const t = await createTestApp();
    const file = await xlsx([[
      [...HEADER],
      row({ 姓名: '王小红' }),
      row({ 姓名: '赵小刚', 性别: '男', 监护人电话: '12345' }),
      row({ 姓名: '孙丽', 母亲姓名: '周芳', 母亲电话: '13700002222' }),
    ]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.counts).toEqual({ new: 2, update: 0, error: 1, ...NONE });
    const result = await t.ok(t.admin, 'children.importConfirm', file);
    expect(result).toEqual({ created: 2, updated: 0, skipped: 1 });
    const names = (await t.ok(t.admin, 'children.list', {})).rows.map((c) => c.name).sort();
    expect(names).toEqual(['孙丽', '王小红']);
    const sun = await childNamed(t, '孙丽');
    expect(sun.parents.map((p) => [p.relation, p.name, p.phone])).toEqual([
      ['father', '王建军', '13911112222'],
      ['mother', '周芳', '13700002222'],
    ]);
    const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'children.import').execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details ?? '{}')).toEqual({ fileName: 'roster.xlsx', created: 2, updated: 0, skipped: 1 });
  });

  it('updates by student number, keeping what the sheet does not mention and the parents\' ids', async () => {
    const t = await createTestApp();
    const before = await existing(t, { studentNo: 'S001', notes: '爱画画', boarding: true, guardianAddress: '青山村三组12号' });
    const father = before.parents.find((p) => p.relation === 'father');
    const mother = before.parents.find((p) => p.relation === 'mother');
    const file = await xlsx([[
      [...HEADER, '家庭住址'],
      [...row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12', 年级: '五年级', 父亲姓名: '张建国', 父亲电话: '13566667777' }), null],
    ]]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 0, updated: 1, skipped: 0 });
    const after = await t.ok(t.admin, 'children.get', { id: before.id });
    expect(after.grade).toBe(5);
    expect(after.guardianName).toBe('王大山');
    // Not in the sheet, or blank in it: kept.
    expect(after.consent).toEqual(before.consent);
    expect(after.notes).toBe('爱画画');
    expect(after.boarding).toBe(true);
    expect(after.guardianAddress).toBe('青山村三组12号');
    expect(after.parents).toEqual([
      { ...father, phone: '13566667777' },
      mother,
    ]);
  });

  it('updates by name and birth date when the sheet has no student numbers', async () => {
    const t = await createTestApp();
    const before = await existing(t, { deFactoUnsupported: true });
    const header = ['姓名', '性别', '出生日期', '班级', '留守类型', '监护人姓名', '监护人关系', '监护人电话', '是否寄宿', '事实无人抚养'];
    const file = await xlsx([[
      header,
      // Yes/no columns mark the yes cases: a blank cell there means no, even for an existing child.
      ['张小明', '男', '2016-05-12', '四年级3班', '父母均外出', '张德山', '爷爷', '13812345678', '是', null],
      ['张小明', '男', '2017-01-09', '二年级1班', '父母均外出', '张德山', '爷爷', '13812345678', null, null],
    ]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => r.status)).toEqual(['update', 'new']);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 1, updated: 1, skipped: 0 });
    const after = await t.ok(t.admin, 'children.get', { id: before.id });
    expect([after.grade, after.classNo, after.boarding, after.deFactoUnsupported]).toEqual([4, 3, true, false]);
    expect(after.consent).toEqual(before.consent);
    expect(after.parents).toEqual(before.parents);
    const younger = (await t.ok(t.admin, 'children.list', {})).rows.find((c) => c.birthDate === '2017-01-09');
    expect(younger?.boarding).toBe(false);
  });

  it('reads dates as Excel date cells, serial numbers and the usual Chinese spellings', async () => {
    const t = await createTestApp();
    const dates: [string, CellValue][] = [
      ['甲一', new Date(Date.UTC(2015, 2, 2))],
      ['甲二', 42065],
      ['甲三', '2015/3/2'],
      ['甲四', '2015.3.2'],
      ['甲五', '20150302'],
      ['甲六', 20150302],
      ['甲七', '2015年3月2日'],
      ['甲八', { formula: 'DATE(2015,3,2)', result: new Date(Date.UTC(2015, 2, 2)) }],
      ['乙一', '2015-02-30'],
      ['乙二', '去年春天'],
    ];
    const file = await xlsx([[[...HEADER], ...dates.map(([姓名, 出生日期]) => row({ 姓名, 出生日期 }))]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => plain(r.problems))).toEqual([
      ...Array.from({ length: 8 }, () => []),
      // Present but impossible: refused, as a wrong birth date would be believed.
      [{ column: '出生日期', code: 'date' }],
      [{ column: '出生日期', code: 'date' }],
    ]);
    await t.ok(t.admin, 'children.importConfirm', file);
    const births = (await t.ok(t.admin, 'children.list', {})).rows.map((c) => c.birthDate);
    expect(births).toEqual(Array.from({ length: 8 }, () => '2015-03-02'));
  });

  it('keeps phone and student numbers stored as numbers whole, and reads rich text, links and formulas', async () => {
    const t = await createTestApp();
    const file = await xlsx([[
      [...HEADER],
      row({
        学号: 2015001,
        姓名: { richText: [{ text: '王' }, { text: '小红', font: { bold: true } }] },
        年级: { formula: '1+2', result: 3 },
        监护人姓名: { text: '王大山', hyperlink: 'mailto:wds@example.com' },
        监护人电话: 13812345678,
        父亲电话: 13911112222,
      }),
    ]]);
    await t.ok(t.admin, 'children.importConfirm', file);
    const child = await childNamed(t, '王小红');
    expect([child.studentNo, child.grade, child.guardianName, child.guardianPhone]).toEqual(['2015001', 3, '王大山', '13812345678']);
    expect(child.parents[0].phone).toBe('13911112222');
  });

  it('maps situations, relations and yes/no marks, and accepts English headers', async () => {
    const t = await createTestApp();
    const chinese = await xlsx([[
      ['姓名', '性别', '出生日期', '年级', '班级', '留守类型', '事实无人抚养', '住校', '监护人', '与监护人关系', '联系电话', '地址', '备注'],
      ['王　小', 'F', '2016-03-02', '3', '2', '母外出', '√', '否', '周兰', '外婆', '0851-1234567', '青山村五组', '怕黑'],
    ]]);
    const english = await xlsx([[
      ['studentNo', 'Name', 'gender', 'Birth Date', 'grade', 'class', 'situation', 'guardian', 'Guardian Relation', 'guardianPhone', 'fatherName', 'fatherPhone', 'fatherCity'],
      ['E1', 'Li Lei', 'male', '2015-09-01', 4, 1, 'father_away', 'Li Hua', 'grandmother', '13812345678', 'Li Gang', '13911112222', 'Shenzhen'],
    ]]);
    expect(await t.ok(t.admin, 'children.importConfirm', chinese)).toEqual({ created: 1, updated: 0, skipped: 0 });
    expect(await t.ok(t.admin, 'children.importConfirm', english)).toEqual({ created: 1, updated: 0, skipped: 0 });
    const wang = await childNamed(t, '王小');
    expect(wang).toMatchObject({
      gender: 'female', situation: 'mother_away', deFactoUnsupported: true, boarding: false, guardianName: '周兰',
      guardianRelation: 'maternal_grandmother', guardianPhone: '0851-1234567', guardianAddress: '青山村五组', notes: '怕黑',
    });
    const li = await childNamed(t, 'Li Lei');
    expect(li).toMatchObject({ studentNo: 'E1', gender: 'male', situation: 'father_away', guardianRelation: 'grandmother', grade: 4, classNo: 1 });
    expect(li.parents.map((p) => [p.relation, p.name, p.phone, p.workCity])).toEqual([['father', 'Li Gang', '13911112222', 'Shenzhen']]);
  });
});
