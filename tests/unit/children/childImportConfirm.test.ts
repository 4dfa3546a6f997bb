import { describe, expect, it } from 'vitest';
import type { CellValue } from 'exceljs';
import { createTestApp } from '../helpers';
import { HEADER, row, xlsx } from './childImportFiles';

/** A preview row as the tests compare it: the class fields and the problems without their values. */
import { plain, NONE, existing, childNamed } from './childImportChecks';

describe('children.importConfirm', () => {
  it('writes the good rows, skips the bad one, and records the import', async () => {
    const t = await createTestApp();
    const file = await xlsx([[[...HEADER], row({ 姓名: '王小红' }), row({ 姓名: '赵小刚', 性别: '男', 监护人电话: '12345' }), row({ 姓名: '孙丽', 母亲姓名: '周芳', 母亲电话: '13700002222' })]]);
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

  it("updates by student number, keeping what the sheet does not mention and the parents' ids", async () => {
    const t = await createTestApp();
    const before = await existing(t, { studentNo: 'S001', notes: '爱画画', boarding: true, guardianAddress: '青山村三组12号' });
    const father = before.parents.find((p) => p.relation === 'father');
    const mother = before.parents.find((p) => p.relation === 'mother');
    const file = await xlsx([
      [
        [...HEADER, '家庭住址'],
        [...row({ 学号: 'S001', 姓名: '张小明', 性别: '男', 出生日期: '2016-05-12', 年级: '五年级', 父亲姓名: '张建国', 父亲电话: '13566667777' }), null],
      ],
    ]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 0, updated: 1, skipped: 0 });
    const after = await t.ok(t.admin, 'children.get', { id: before.id });
    expect(after.grade).toBe(5);
    expect(after.guardianName).toBe('王大山');
    // Not in the sheet, or blank in it: kept.
    expect(after.consent).toEqual(before.consent);
    expect(after.notes).toBe('爱画画');
    expect(after.boarding).toBe(true);
    expect(after.guardianAddress).toBe('青山村三组12号');
    expect(after.parents).toEqual([{ ...father, phone: '13566667777' }, mother]);
  });

  it('updates by name and birth date when the sheet has no student numbers', async () => {
    const t = await createTestApp();
    const before = await existing(t, { deFactoUnsupported: true });
    const header = ['姓名', '性别', '出生日期', '班级', '留守类型', '监护人姓名', '监护人关系', '监护人电话', '是否寄宿', '事实无人抚养'];
    const file = await xlsx([
      [
        header,
        // Yes/no columns mark the yes cases: a blank cell there means no, even for an existing child.
        ['张小明', '男', '2016-05-12', '四年级3班', '父母均外出', '张德山', '爷爷', '13812345678', '是', null],
        ['张小明', '男', '2017-01-09', '二年级1班', '父母均外出', '张德山', '爷爷', '13812345678', null, null],
      ],
    ]);
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
    const file = await xlsx([
      [
        [...HEADER],
        row({
          学号: 2015001,
          姓名: { richText: [{ text: '王' }, { text: '小红', font: { bold: true } }] },
          年级: { formula: '1+2', result: 3 },
          监护人姓名: { text: '王大山', hyperlink: 'mailto:wds@example.com' },
          监护人电话: 13812345678,
          父亲电话: 13911112222,
        }),
      ],
    ]);
    await t.ok(t.admin, 'children.importConfirm', file);
    const child = await childNamed(t, '王小红');
    expect([child.studentNo, child.grade, child.guardianName, child.guardianPhone]).toEqual(['2015001', 3, '王大山', '13812345678']);
    expect(child.parents[0].phone).toBe('13911112222');
  });

  it('maps situations, relations and yes/no marks, and accepts English headers', async () => {
    const t = await createTestApp();
    const chinese = await xlsx([
      [
        ['姓名', '性别', '出生日期', '年级', '班级', '留守类型', '事实无人抚养', '住校', '监护人', '与监护人关系', '联系电话', '地址', '备注'],
        ['王　小', 'F', '2016-03-02', '3', '2', '母外出', '√', '否', '周兰', '外婆', '0851-1234567', '青山村五组', '怕黑'],
      ],
    ]);
    const english = await xlsx([
      [
        ['studentNo', 'Name', 'gender', 'Birth Date', 'grade', 'class', 'situation', 'guardian', 'Guardian Relation', 'guardianPhone', 'fatherName', 'fatherPhone', 'fatherCity'],
        ['E1', 'Li Lei', 'male', '2015-09-01', 4, 1, 'father_away', 'Li Hua', 'grandmother', '13812345678', 'Li Gang', '13911112222', 'Shenzhen'],
      ],
    ]);
    expect(await t.ok(t.admin, 'children.importConfirm', chinese)).toEqual({ created: 1, updated: 0, skipped: 0 });
    expect(await t.ok(t.admin, 'children.importConfirm', english)).toEqual({ created: 1, updated: 0, skipped: 0 });
    const wang = await childNamed(t, '王小');
    expect(wang).toMatchObject({
      gender: 'female',
      situation: 'mother_away',
      deFactoUnsupported: true,
      boarding: false,
      guardianName: '周兰',
      guardianRelation: 'maternal_grandmother',
      guardianPhone: '0851-1234567',
      guardianAddress: '青山村五组',
      notes: '怕黑',
    });
    const li = await childNamed(t, 'Li Lei');
    expect(li).toMatchObject({ studentNo: 'E1', gender: 'male', situation: 'father_away', guardianRelation: 'grandmother', grade: 4, classNo: 1 });
    expect(li.parents.map((p) => [p.relation, p.name, p.phone, p.workCity])).toEqual([['father', 'Li Gang', '13911112222', 'Shenzhen']]);
  });
});
