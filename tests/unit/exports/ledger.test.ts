import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { parseCsv, readXlsx } from './room';

const HEADER = [
  '序号',
  '学校',
  '姓名',
  '性别',
  '民族',
  '户籍所在地',
  '出生日期',
  '年龄',
  '年级',
  '班级',
  '学号',
  '留守类型',
  '事实无人抚养',
  '是否寄宿',
  '身体状况',
  '家庭主要经济来源',
  '父亲姓名',
  '父亲务工地',
  '父亲工作单位',
  '母亲姓名',
  '母亲务工地',
  '母亲工作单位',
  '监护人姓名',
  '与儿童关系',
  '受委托监护人情况',
  '村(居)委会联系人',
];
const CONTACT_HEADER = ['监护人电话', '父亲电话', '母亲电话', '家庭住址', '村(居)委会联系电话'];
const TAIL_HEADER = ['代理家长', '知情同意签字人', '签字日期'];

async function register(): Promise<{ t: TestApp; out: string }> {
  const t = await createTestApp();
  const wang = await t.signIn('teacher', '王老师');
  await t.ok(
    t.admin,
    'children.create',
    childInput({
      studentNo: '2016001',
      ethnicity: '汉族',
      hukou: '广西河池市罗城县',
      healthStatus: '健康',
      incomeSource: '父母外出务工',
      guardianSituation: '祖父，70岁，身体一般',
      villageContactName: '王主任',
      villageContactPhone: '13600002222',
      surrogateStaffId: wang.staffId,
    }),
  );
  await t.ok(
    t.admin,
    'children.create',
    childInput({
      name: '李小红',
      gender: 'female',
      birthDate: '2018-12-01',
      grade: 2,
      classNo: 1,
      situation: 'mother_away',
      deFactoUnsupported: true,
      boarding: true,
      guardianName: '李奶奶',
      guardianRelation: 'maternal_grandmother',
      guardianPhone: '0851-1234567',
      guardianAddress: null,
      parents: [{ relation: 'mother', name: '王芳', phone: null, workCity: '广州', employer: '制衣厂', bestCallTime: null, verifiedOn: null }],
      consent: null,
    }),
  );
  const archived = await t.ok(t.admin, 'children.create', childInput({ name: '赵小刚' }));
  await t.ok(t.admin, 'children.archive', { id: archived.id, reason: '转学' });
  const erased = await t.ok(t.admin, 'children.create', childInput({ name: '钱小华' }));
  await t.app.db.updateTable('child').set({ erased_at: '2026-11-20T10:00:00+08:00' }).where('id', '=', erased.id).execute();
  const out = path.join(t.dir, 'usb');
  fs.mkdirSync(out);
  return { t, out };
}

describe('exports.ledger (台账)', () => {
  it('lists every child on the roll in the survey fields, without phones or addresses by default', async () => {
    const { t, out } = await register();
    const result = await t.ok(t.admin, 'exports.ledger', { folder: out });
    expect(result).toEqual({ file: path.join(out, '青山小学-留守儿童之家-台账-2026-11-23.xlsx'), rows: 2, includeContacts: false });
    const sheet = (await readXlsx(result.file))['留守儿童台账'];
    expect(sheet).toEqual([
      // The title line names the school, the room and the day, merged over the whole width.
      Array<string>(HEADER.length + TAIL_HEADER.length).fill('青山小学 留守儿童之家 留守儿童台账（2026-11-23）'),
      [...HEADER, ...TAIL_HEADER],
      [
        1,
        '青山小学',
        '李小红',
        '女',
        null,
        null,
        '2018-12-01',
        7,
        '二年级',
        1,
        null,
        '母亲外出',
        '是',
        '是',
        null,
        null,
        null,
        null,
        null,
        '王芳',
        '广州',
        '制衣厂',
        '李奶奶',
        '外祖母',
        null,
        null,
        null,
        null,
        null,
      ],
      [
        2,
        '青山小学',
        '张小明',
        '男',
        '汉族',
        '广西河池市罗城县',
        '2016-05-12',
        10,
        '四年级',
        2,
        '2016001',
        '父母均外出',
        '否',
        '否',
        '健康',
        '父母外出务工',
        '张建国',
        '广东东莞',
        '电子厂',
        '李秀英',
        '浙江宁波',
        null,
        '张德山',
        '祖父',
        '祖父，70岁，身体一般',
        '王主任',
        '王老师',
        '张德山',
        '2026-09-01',
      ],
    ]);
    const csv = fs.readFileSync(result.file.replace(/\.xlsx$/, '.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The CSV is for programs: the header first, no title line.
    expect(parseCsv(csv.toString('utf8').slice(1))).toEqual(sheet.slice(1).map((row) => row.map((v) => (v === null ? '' : String(v)))));
    expect(csv.toString('utf8')).not.toMatch(/1[3-9]\d{9}|0851|青山村/);
    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'exports.ledger').execute();
    expect(audit).toEqual([{ action: 'exports.ledger', details: JSON.stringify({ rows: 2, includeContacts: false }) }]);
  });

  it("adds the guardian's and parents' phones and the address when asked, and never replaces an earlier file", async () => {
    const { t, out } = await register();
    const first = await t.ok(t.admin, 'exports.ledger', { folder: out });
    const result = await t.ok(t.admin, 'exports.ledger', { folder: out, includeContacts: true });
    expect(result.file).toBe(path.join(out, '青山小学-留守儿童之家-台账-2026-11-23-2.xlsx'));
    expect(fs.readdirSync(out).sort()).toEqual([
      '青山小学-留守儿童之家-台账-2026-11-23-2.csv',
      '青山小学-留守儿童之家-台账-2026-11-23-2.xlsx',
      '青山小学-留守儿童之家-台账-2026-11-23.csv',
      '青山小学-留守儿童之家-台账-2026-11-23.xlsx',
    ]);
    expect(fs.existsSync(first.file)).toBe(true);
    const sheet = (await readXlsx(result.file))['留守儿童台账'];
    expect(sheet[1]).toEqual([...HEADER, ...CONTACT_HEADER, ...TAIL_HEADER]);
    expect(sheet[2].slice(HEADER.length, HEADER.length + 5)).toEqual(['0851-1234567', null, null, null, null]);
    expect(sheet[3].slice(HEADER.length, HEADER.length + 5)).toEqual(['13812345678', '13987654321', '13700001111', '青山村三组12号', '13600002222']);
  });

  it("uses the room's language for the headers and Settings.exportFolder when no folder is given", async () => {
    const { t, out } = await register();
    await t.ok(t.admin, 'settings.update', { language: 'en', exportFolder: out });
    const result = await t.ok(t.admin, 'exports.ledger', {});
    const sheet = (await readXlsx(result.file)).Register;
    expect(sheet[0][0]).toBe('青山小学 留守儿童之家 register of left-behind children (2026-11-23)');
    expect(sheet[1].slice(0, 7)).toEqual(['No.', 'School', 'Name', 'Gender', 'Ethnicity', 'Hukou', 'Birth date']);
    expect(sheet[2].slice(2, 4)).toEqual(['李小红', 'Girl']);
    expect(sheet[2][8]).toBe('Grade 2');
  });

  it("writes the survey's relation words (伯父, 舅舅) and keeps an old record's 伯叔舅", async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'children.create', childInput({ name: '张小明', guardianName: '张建军', guardianRelation: 'paternal_uncle_elder' }));
    await t.ok(t.admin, 'children.create', childInput({ name: '李小红', grade: 3, guardianName: '王强', guardianRelation: 'maternal_uncle' }));
    await t.ok(t.admin, 'children.create', childInput({ name: '赵小刚', grade: 5, guardianName: '赵军', guardianRelation: 'uncle' }));
    const out = path.join(t.dir, 'usb');
    fs.mkdirSync(out);
    const result = await t.ok(t.admin, 'exports.ledger', { folder: out });
    const sheet = (await readXlsx(result.file))['留守儿童台账'];
    const relation = HEADER.indexOf('与儿童关系');
    expect(sheet.slice(2).map((row) => [row[2], row[8], row[relation]])).toEqual([
      ['李小红', '三年级', '舅舅'],
      ['张小明', '四年级', '伯父'],
      ['赵小刚', '五年级', '伯叔舅'],
    ]);
  });

  it('says when the folder is missing and writes nothing; teachers may not export it', async () => {
    const { t, out } = await register();
    const gone = path.join(out, 'nope');
    expect(await t.call(t.admin, 'exports.ledger', { folder: gone })).toEqual({ ok: false, error: { code: 'folder_missing', details: { path: gone } } });
    const teacher = await t.signIn('teacher');
    expect(await t.call(teacher, 'exports.ledger', { folder: out })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
