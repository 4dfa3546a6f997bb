// The three messy children's lists in tests/fixtures/childImport/ (copied from the samples), with every value
// their README expects. They are samples of a kind: childImportRules.test.ts tests the rules on files
// built here.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChildFile } from '../../../shared/domain';
import { createTestApp, testClock, type TestApp } from '../helpers';

const DIR = path.join(__dirname, '../../fixtures/childImport');
const fixture = (name: string) => ({ fileName: name, dataBase64: fs.readFileSync(path.join(DIR, name)).toString('base64') });

async function app(): Promise<TestApp> {
  // The README's dates are for the autumn semester 2026, today 2026-12-04 (a Friday).
  return createTestApp({ clock: testClock('2026-12-04T10:00:00+08:00') });
}

async function files(t: TestApp): Promise<Map<string, ChildFile>> {
  const list = (await t.ok(t.admin, 'children.list', { limit: 100 })).rows;
  const map = new Map<string, ChildFile>();
  for (const c of list) map.set(c.name, await t.ok(t.admin, 'children.get', { id: c.id }));
  return map;
}

const parent = (f: ChildFile | undefined, relation: 'father' | 'mother') => {
  const p = f?.parents.find((x) => x.relation === relation);
  return p ? { name: p.name, workCity: p.workCity, phone: p.phone } : null;
};

describe('wps-two-header-rows.xlsx', () => {
  it('reads the headers over rows 3–4 with their group headings, skips the footer, and imports five of six', async () => {
    const t = await app();
    const file = fixture('wps-two-header-rows.xlsx');
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.headerRows).toEqual([3, 4]);
    expect(preview.columns.filter((c) => c.field).map((c) => [c.header, c.field])).toEqual([
      ['姓名', 'name'],
      ['性别', 'gender'],
      ['出生年月', 'birthDate'],
      ['年级班级', 'classNo'],
      ['留守情况', 'situation'],
      ['是否住校', 'boarding'],
      ['监护人情况 / 姓名', 'guardianName'],
      ['监护人情况 / 关系', 'guardianRelation'],
      ['监护人情况 / 联系电话', 'guardianPhone'],
      ['父亲情况 / 姓名', 'fatherName'],
      ['父亲情况 / 务工地', 'fatherCity'],
      ['父亲情况 / 手机', 'fatherPhone'],
      ['母亲情况 / 姓名', 'motherName'],
      ['母亲情况 / 务工地', 'motherCity'],
      ['母亲情况 / 手机', 'motherPhone'],
      ['备注', 'notes'],
    ]);
    // Footer rows 12–13 (合计, 填表人/审核) are neither children nor errors.
    expect(preview.rows.map((r) => [r.rowNumber, r.name, r.status])).toEqual([
      [5, '刘子涵', 'new'],
      [6, '何雨欣', 'new'],
      [7, '邓浩', 'new'],
      [9, '彭思语', 'new'],
      [10, '谢婷', 'new'],
      [11, '钟明轩', 'error'],
    ]);
    expect(preview.counts).toEqual({ new: 5, update: 0, repeat: 0, skipped: 0, error: 1 });
    const he = preview.rows[1];
    expect(he.problems).toEqual([{ column: '监护人情况 / 联系电话', code: 'second_phone', value: '13873900012' }]);
    expect(preview.rows[2].problems).toEqual([{ column: '姓名', code: 'name_spaces', value: '邓 浩' }]);
    expect(preview.rows[5].problems).toEqual([
      { column: '出生年月', code: 'date', value: '2016-13-01' },
      { column: '监护人情况 / 联系电话', code: 'phone', value: '1350739666' },
    ]);

    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 5, updated: 0, skipped: 1 });
    const got = await files(t);
    expect([...got.keys()].sort()).toEqual(['何雨欣', '刘子涵', '彭思语', '谢婷', '邓浩'].sort());
    const liu = got.get('刘子涵');
    expect(liu).toMatchObject({
      birthDate: '2016-09-01',
      grade: 4,
      classNo: 1,
      situation: 'both_away',
      boarding: true,
      guardianName: '刘德贵',
      guardianRelation: 'grandfather',
      guardianPhone: '0739-5321888',
    });
    expect(parent(liu, 'father')).toEqual({ name: '刘强', workCity: '广东深圳', phone: '13922223333' });
    expect(parent(liu, 'mother')).toEqual({ name: '何敏', workCity: '广东深圳', phone: '13922223334' });
    const heYu = got.get('何雨欣');
    expect(heYu).toMatchObject({
      birthDate: '2016-06-15',
      grade: 4,
      classNo: 1,
      situation: 'father_away',
      guardianName: '何秀英',
      guardianRelation: 'maternal_grandmother',
      guardianPhone: '15873900011',
    });
    expect(heYu?.notes).toContain('母亲在家务农');
    expect(heYu?.notes).toContain('13873900012');
    expect(parent(heYu, 'father')).toMatchObject({ name: '何军', workCity: '浙江温州' });
    const deng = got.get('邓浩');
    expect(deng).toMatchObject({ birthDate: '2016-03-02', grade: 4, classNo: 1, situation: 'mother_away' });
    expect(parent(deng, 'mother')).toEqual({ name: '周丽', workCity: '江苏苏州', phone: '13777778888' });
    expect(got.get('彭思语')).toMatchObject({
      birthDate: '2015-10-12',
      situation: 'both_away',
      deFactoUnsupported: true,
      boarding: true,
      // 姑姑: the survey's own word, not the old 姑姨婶.
      guardianName: '彭桂花',
      guardianRelation: 'paternal_aunt',
      guardianPhone: null,
    });
    expect(got.get('谢婷')).toMatchObject({ birthDate: '2016-02-29', grade: 4, classNo: 1, situation: 'mother_away', guardianPhone: '13507396666' });
  });
});

describe('class-teacher-gbk.csv', () => {
  it('reads GBK, relation and name in one cell, no birth dates, and skips blank and all-comma lines', async () => {
    const t = await app();
    const file = fixture('class-teacher-gbk.csv');
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.name, r.status, r.problems])).toEqual([
      ['黄梓萱', 'new', []],
      ['罗俊熙', 'new', []],
      ['唐可欣', 'new', []],
      ['曾宇航', 'new', []],
    ]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 4, updated: 0, skipped: 0 });
    const got = await files(t);
    const huang = got.get('黄梓萱');
    expect(huang).toMatchObject({
      birthDate: null,
      grade: 3,
      classNo: 2,
      situation: 'both_away',
      guardianName: '黄桂珍',
      guardianRelation: 'grandmother',
      guardianPhone: '13907391234',
      guardianAddress: '青石乡黄家村3组',
    });
    expect(parent(huang, 'father')).toEqual({ name: null, workCity: '广东东莞', phone: null });
    expect(parent(huang, 'mother')).toEqual({ name: null, workCity: '广东东莞', phone: null });
    const luo = got.get('罗俊熙');
    expect(luo).toMatchObject({ situation: 'father_away', guardianName: '罗大明', guardianRelation: 'maternal_grandfather', guardianPhone: '0739-5320111' });
    expect(parent(luo, 'father')?.workCity).toBe('福建泉州');
    const tang = got.get('唐可欣');
    expect(tang).toMatchObject({
      grade: 3,
      classNo: 2,
      situation: 'mother_away',
      guardianName: '唐志国',
      guardianRelation: 'father',
      guardianPhone: '18673901234',
    });
    expect(parent(tang, 'mother')?.workCity).toBe('浙江义乌');
    const zeng = got.get('曾宇航');
    expect(zeng).toMatchObject({ situation: 'father_away', guardianName: '曾宪文', guardianRelation: 'grandfather', guardianPhone: '13807390000' });
    expect(parent(zeng, 'father')?.workCity).toBe('广西南宁');
  });
});

describe('registry-entry-year.xlsx', () => {
  it('reads 学籍号, intake years in the 2026–27 school year, numeric dates, 民族, and skips a child who is not left behind until included', async () => {
    const t = await app();
    const file = fixture('registry-entry-year.xlsx');
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.rowNumber, r.name, r.status, r.problems])).toEqual([
      [2, '曹文博', 'new', []],
      [3, '易诗涵', 'new', []],
      [4, '石磊', 'skipped', [{ column: '是否留守儿童', code: 'not_left_behind' }]],
      [5, '龙雨桐', 'new', []],
    ]);
    expect(await t.ok(t.admin, 'children.importConfirm', file)).toEqual({ created: 3, updated: 0, skipped: 1 });
    const got = await files(t);
    expect(got.get('曹文博')).toMatchObject({
      studentNo: 'G430524201503041234',
      birthDate: '2015-03-04',
      grade: 6,
      classNo: 3,
      situation: 'both_away',
      guardianName: '曹永福',
      guardianRelation: 'grandfather',
      ethnicity: '汉族',
    });
    expect(got.get('易诗涵')).toMatchObject({
      birthDate: '2016-07-21',
      grade: 5,
      classNo: 1,
      situation: 'mother_away',
      guardianName: '易建军',
      guardianRelation: 'father',
      guardianPhone: '15074300002',
      ethnicity: '苗族',
    });
    expect(got.get('龙雨桐')).toMatchObject({
      birthDate: '2015-09-09',
      grade: 6,
      classNo: 3,
      situation: 'father_away',
      guardianName: '龙翠兰',
      guardianRelation: 'mother',
      guardianPhone: '0743-8221000',
      ethnicity: '土家族',
    });
    expect(got.has('石磊')).toBe(false);

    // Included by the admin, he is read like the others (a 2020 intake is grade 7). The registry left
    // his situation blank (he is not left behind): only the name is required, so he imports without one.
    const included = await t.ok(t.admin, 'children.importPreview', { ...file, include: [4] });
    expect(included.rows[2]).toMatchObject({ name: '石磊', status: 'new', fields: { grade: 7, classNo: 2, birthDate: '2014-11-11' } });
    expect(included.rows[2].problems).toEqual([]);
    expect(await t.ok(t.admin, 'children.importConfirm', { ...file, include: [4] })).toEqual({ created: 1, updated: 3, skipped: 0 });
    expect((await files(t)).get('石磊')).toMatchObject({ grade: 7, classNo: 2, situation: null, birthDate: '2014-11-11' });
  });
});
