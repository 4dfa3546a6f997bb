import { describe, expect, it } from 'vitest';
import type { CellValue } from 'exceljs';
import { createTestApp } from '../helpers';
import { bytesFile, csv, csvText, HEADER, row, xlsx } from './childImportFiles';

/** A preview row as the tests compare it: the class fields and the problems without their values. */
import { summary, plain, NONE, counts, existing, childNamed, failure } from './childImportChecks';

describe('children.importPreview', () => {
  it('sorts rows into new, update and error with the column and reason, and writes nothing', async () => {
    const t = await createTestApp();
    await existing(t, { studentNo: 'S001' });
    const file = await xlsx([
      [
        [...HEADER],
        row({ 学号: 'S100' }),
        row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12', 年级: '四年级' }),
        row({ 学号: 'S101', 姓名: '李四', 性别: '未知', 监护人电话: '12345' }),
      ],
    ]);
    const before = await counts(t);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map(summary)).toEqual([
      { rowNumber: 2, status: 'new', name: '王小红', grade: 3, classNo: 2, studentNo: 'S100', problems: [] },
      { rowNumber: 3, status: 'update', name: '张小明', grade: 4, classNo: 2, studentNo: 'S001', problems: [] },
      {
        rowNumber: 4,
        status: 'error',
        name: '李四',
        grade: 3,
        classNo: 2,
        studentNo: 'S101',
        problems: [
          { column: '性别', code: 'invalid' },
          { column: '监护人电话', code: 'phone' },
        ],
      },
    ]);
    expect(preview.counts).toEqual({ new: 1, update: 1, error: 1, ...NONE });
    expect(await counts(t)).toEqual(before);
  });

  it('finds the header below a title row and reports spreadsheet row numbers, skipping blank rows', async () => {
    const t = await createTestApp();
    const file = await xlsx([
      [
        ['青山小学2026年秋季学期留守儿童花名册'],
        ['填表日期：2026年11月20日'],
        ['序号', ...HEADER],
        [1, ...row({ 姓名: '王小红' })],
        [],
        [2, ...row({ 姓名: '赵小刚', 性别: '男' })],
        // A template's numbered rows that nobody filled in.
        [3],
        [4],
      ],
    ]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.rowNumber, r.name, r.status])).toEqual([
      [4, '王小红', 'new'],
      [6, '赵小刚', 'new'],
    ]);
  });

  it('reads the first sheet that has a roster header, e.g. after an instructions sheet', async () => {
    const t = await createTestApp();
    const file = await xlsx([
      [['填表说明'], ['请勿修改表头']],
      [[...HEADER], row()],
    ]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => r.name)).toEqual(['王小红']);
  });

  it('reads grades and classes the ways schools write them', async () => {
    const t = await createTestApp();
    const cases: [CellValue, CellValue][] = [
      ['三年级', '2班'],
      ['3', '(2)班'],
      ['3年级', '（2）班'],
      [3, 2],
      ['初一', '1班'],
      ['七年级', '十二班'],
      [null, '三年级2班'],
      [null, '四(3)班'],
      ['十年级', '1班'],
      ['高一', '1班'],
      ['3', '甲班'],
    ];
    const names = ['甲一', '甲二', '甲三', '甲四', '甲五', '甲六', '甲七', '甲八', '甲九', '甲十', '乙一'];
    const file = await xlsx([[[...HEADER], ...cases.map(([年级, 班级], i) => row({ 姓名: names[i], 年级, 班级 }))]]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.fields.grade ?? null, r.fields.classNo ?? null, plain(r.problems)])).toEqual([
      [3, 2, []],
      [3, 2, []],
      [3, 2, []],
      [3, 2, []],
      [7, 1, []],
      [7, 12, []],
      [3, 2, []],
      [4, 3, []],
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
    const file = await xlsx([[[...header], pick(row({ 姓名: '王小红', 父亲姓名: null, 父亲电话: '13911112222' })), pick(row({ 姓名: '赵小刚', 父亲电话: '123' }))]]);
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
    const file = await xlsx([
      [
        [...HEADER],
        row({ 学号: 'S100', 姓名: '王小红' }),
        row({ 学号: 'S100', 姓名: '王小红' }),
        row({ 姓名: '李明', 出生日期: '2016-01-01' }),
        row({ 姓名: '李明', 出生日期: '2016-01-01' }),
        row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12' }),
        // Same existing child, found by name and birth date this time.
        row({ 学号: null, 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12' }),
      ],
    ]);
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
      expect(preview.rows.map(summary)).toEqual([{ rowNumber: 2, status: 'new', name: '王小红', grade: 3, classNo: 2, studentNo: '001', problems: [] }]);
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
      await xlsx([
        [
          ['学号', '性别'],
          ['S1', '女'],
        ],
      ]),
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
