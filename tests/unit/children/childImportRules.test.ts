// The child import's rules on files built here: synonyms, the mapping step and its memory, lenient
// cells, footers and repeats, and the limits that refuse a hostile file before exceljs sees it.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePhoneCell, splitRelationName } from '../../../electron/services/children/childImport/lenient';
import { parseClass, parseDate, parseSituation } from '../../../electron/services/children/childImport/parse';
import { createTestApp, testClock, type TestApp } from '../helpers';
import { bytesFile, csv, csvText, xlsx } from './childImportFiles';

async function app(): Promise<TestApp> {
  return createTestApp({ clock: testClock('2026-12-04T10:00:00+08:00') });
}

describe('lenient cells', () => {
  it('reads phones with spaces, dashes, +86, full-width digits, a city before, two numbers, and none', () => {
    expect(parsePhoneCell('139 2222 3333')).toEqual({ phone: '13922223333', more: [], text: '', impossible: false });
    expect(parsePhoneCell('139-0739-1234').phone).toBe('13907391234');
    expect(parsePhoneCell('+86 135 0739 6666').phone).toBe('13507396666');
    expect(parsePhoneCell('0086-13507396666').phone).toBe('13507396666');
    expect(parsePhoneCell('１８６７３９０１２３４').phone).toBe('18673901234');
    expect(parsePhoneCell('0739-5321 888').phone).toBe('0739-5321888');
    expect(parsePhoneCell('010 6512 3456').phone).toBe('010-65123456');
    expect(parsePhoneCell('广东深圳 13922223333')).toEqual({ phone: '13922223333', more: [], text: '广东深圳', impossible: false });
    expect(parsePhoneCell('15873900011/13873900012')).toEqual({ phone: '15873900011', more: ['13873900012'], text: '', impossible: false });
    expect(parsePhoneCell('15873900011 13873900012').more).toEqual(['13873900012']);
    for (const none of ['无', '—', '-', '／', '暂无']) expect(parsePhoneCell(none)).toEqual({ phone: null, more: [], text: '', impossible: false });
    // Present but impossible: a digit missing, or a date typed in the wrong column.
    expect(parsePhoneCell('1350739666').impossible).toBe(true);
    expect(parsePhoneCell('2016-9-1').impossible).toBe(true);
  });

  it('reads dates as schools write them and refuses impossible ones', () => {
    expect(['2017.11.3', '2017年11月3日', '2017/11/3', '20171103', '2017-11-03', '43042'].map(parseDate)).toEqual(Array(6).fill('2017-11-03'));
    expect(parseDate('2016/2/29')).toBe('2016-02-29');
    expect(['2017/2/29', '2016-13-01', '2016-04-31', '20161301', '去年'].map(parseDate)).toEqual(Array(5).fill(null));
  });

  it("splits the guardian's relation and name in either order", () => {
    expect(splitRelationName('奶奶 黄桂珍')).toEqual({ relation: 'grandmother', name: '黄桂珍' });
    expect(splitRelationName('外公：罗大明')).toEqual({ relation: 'maternal_grandfather', name: '罗大明' });
    expect(splitRelationName('唐志国（父）')).toEqual({ relation: 'father', name: '唐志国' });
    expect(splitRelationName('曾宪文 爷爷')).toEqual({ relation: 'grandfather', name: '曾宪文' });
    expect(splitRelationName('外婆')).toEqual({ relation: 'maternal_grandmother', name: null });
    expect(splitRelationName('周兰')).toEqual({ relation: null, name: '周兰' });
  });

  it('finds 事实无人抚养 in the situation, and classes with grades or intake years', () => {
    expect(parseSituation('双留守（事实无人抚养）')).toEqual({ situation: 'both_away', deFacto: true });
    expect(parseSituation('单留守(父)')).toEqual({ situation: 'father_away', deFacto: false });
    expect(parseSituation('父亲在外打工')).toEqual({ situation: 'father_away', deFacto: false });
    expect(parseSituation('事实无人抚养')).toEqual({ situation: null, deFacto: true });
    expect(parseSituation('不知道')).toBeNull();
    // School year 2026–27: a 2021 intake is grade 6.
    expect(parseClass('2021级3班', 2026)).toEqual({ grade: 6, classNo: 3 });
    expect(parseClass('2021级3班', 2025)).toEqual({ grade: 5, classNo: 3 });
    expect(['4.1', '四1班', '四(1)', '四年级（1）班', '4-1'].map((c) => parseClass(c, 2026))).toEqual(Array(5).fill({ grade: 4, classNo: 1 }));
    expect(parseClass('12班', 2026)).toEqual({ grade: null, classNo: 12 });
  });
});

const MESSY = [
  ['青山小学2026年秋季学期留守儿童花名册'],
  ['学生姓名', '性别', '出生日期', '班级', '父母外出情况', '监护人', '与学生关系', '手机', '是否留守儿童'],
  ['王小红', '女', '2017年8月20日', '2021级3班', '父母均外出', '王大山', '爷爷', '138 1234 5678', '是'],
  ['李明', '男', '2017.11.3', '2021级3班', '父亲外出', '李德', '父亲', '广州 139-1111-2222', '是'],
  ['王小红', '女', '2017年8月20日', '2021级3班', '父母均外出', '王大山', '爷爷', '13812345678', '是'],
  ['赵亮', '男', 20170302, '2021级3班', '父亲外出', '赵华', '奶奶', '13911112222', '否'],
  ['合计：4人'],
  ['制表人：张老师', null, null, '审核：李校长'],
];

describe('the mapping step', () => {
  it('suggests fields by synonyms, reports a repeat as a repeat, skips footers, and lets the admin change a column', async () => {
    const t = await app();
    const file = await xlsx([MESSY]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.columns.map((c) => [c.header, c.field])).toEqual([
      ['学生姓名', 'name'],
      ['性别', 'gender'],
      ['出生日期', 'birthDate'],
      ['班级', 'classNo'],
      ['父母外出情况', 'situation'],
      ['监护人', 'guardianName'],
      ['与学生关系', 'guardianRelation'],
      ['手机', 'guardianPhone'],
      ['是否留守儿童', 'leftBehind'],
    ]);
    expect(preview.rows.map((r) => [r.rowNumber, r.status, r.repeatOf])).toEqual([
      [3, 'new', null],
      [4, 'new', null],
      [5, 'repeat', 3],
      [6, 'skipped', null],
    ]);
    expect(preview.rows[0].fields).toMatchObject({ birthDate: '2017-08-20', grade: 6, classNo: 3, guardianPhone: '13812345678' });
    // Text around a guardian's number is kept in the notes, not lost.
    expect(preview.rows[1].fields).toMatchObject({ birthDate: '2017-11-03', guardianPhone: '13911112222', notes: '手机: 广州' });

    // The admin ignores the phone column: every row imports without a guardian phone.
    const mapping = [{ index: 8, field: null }];
    const changed = await t.ok(t.admin, 'children.importPreview', { ...file, mapping });
    expect(changed.columns[7]).toMatchObject({ header: '手机', suggested: 'guardianPhone', field: null });
    expect(changed.rows[0].fields.guardianPhone).toBeUndefined();
    // Includes the child who is not left behind, and confirms: the choice is remembered for next time.
    expect(await t.ok(t.admin, 'children.importConfirm', { ...file, mapping, include: [6] })).toEqual({ created: 3, updated: 0, skipped: 1 });
    const zhao = (await t.ok(t.admin, 'children.list', { query: '赵亮' })).rows[0];
    expect(zhao).toMatchObject({ birthDate: '2017-03-02', grade: 6 });
    const again = await t.ok(t.admin, 'children.importPreview', file);
    expect(again.columns[7]).toMatchObject({ header: '手机', suggested: null, field: null });
    expect(again.rows.map((r) => r.status)).toEqual(['update', 'update', 'repeat', 'skipped']);
  });

  it('takes a column the synonyms do not know when the admin maps it, and 与儿童关系 / 关系 / 监护人与学生关系 as the relation', async () => {
    const t = await app();
    for (const relation of ['与儿童关系', '关系', '监护人与学生关系', '与学生关系']) {
      const file = await xlsx([
        [
          ['姓名', '性别', '年级', '班', '留守类型', '监护人姓名', relation, '联系电话', '族别'],
          ['周一', '男', '三', '2', '双留守', '周二', '外婆', '13800001111', '苗族'],
        ],
      ]);
      const preview = await t.ok(t.admin, 'children.importPreview', file);
      expect(preview.rows[0]).toMatchObject({ status: 'new', fields: { guardianRelation: 'maternal_grandmother' } });
      expect(preview.columns[8]).toMatchObject({ header: '族别', field: null, sample: '苗族' });
      const mapped = await t.ok(t.admin, 'children.importPreview', { ...file, mapping: [{ index: 9, field: 'ethnicity' }] });
      expect(mapped.rows[0].fields.ethnicity).toBe('苗族');
    }
  });

  it('reads 入学年份 and 班级 in separate columns, on both sides of 1 September', async () => {
    const header = ['姓名', '性别', '入学年份', '班级', '留守类型', '监护人', '监护人关系', '监护人电话'];
    const row = ['周一', '男', 2021, 3, '双留守', '周二', '外婆', '13800001111'];
    const file = await xlsx([[header, row]]);
    const autumn = await createTestApp({ clock: testClock('2026-09-01T08:00:00+08:00') });
    expect((await autumn.ok(autumn.admin, 'children.importPreview', file)).rows[0].fields).toMatchObject({ grade: 6, classNo: 3 });
    const summer = await createTestApp({ clock: testClock('2026-08-31T20:00:00+08:00') });
    expect((await summer.ok(summer.admin, 'children.importPreview', file)).rows[0].fields).toMatchObject({ grade: 5, classNo: 3 });
  });

  it('reports an unreadable cell on its column and imports the row; an impossible birth date or phone refuses it', async () => {
    const t = await app();
    const header = ['姓名', '性别', '出生日期', '年级', '班级', '留守类型', '监护人', '关系', '电话', '是否寄宿'];
    const file = csv(
      csvText([
        header,
        ['甲', '女', '2016-3-2', '3', '2', '双留守', '乙', '奶奶', '13800001111', '也许'],
        ['丙', '女', '2016-2-30', '3', '2', '双留守', '丁', '奶奶', '13800001111', '是'],
        ['戊', '女', '2016-3-2', '3', '2', '双留守', '己', '奶奶', '1380000111', '是'],
      ]),
      'utf8',
    );
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.rows.map((r) => [r.status, r.problems.map((p) => `${p.column}:${p.code}`)])).toEqual([
      ['new', ['是否寄宿:invalid']],
      ['error', ['出生日期:date']],
      ['error', ['电话:phone']],
    ]);
    expect(preview.rows[0].fields.boarding).toBeUndefined();
  });
});

/** A zip holding one entry, deflated, declaring `declared` as its size (or the true size). */
function zipOf(name: string, data: Buffer, declared?: number): Buffer {
  const body = deflateRawSync(data, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(declared ?? data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(declared ?? data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const cdOffset = local.length + nameBytes.length + body.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, nameBytes, body, central, nameBytes, end]);
}

describe('limits, before the file is parsed', () => {
  it('refuses an .xlsx that unpacks past the limit, whether it declares its size or lies about it', async () => {
    const t = await app();
    const huge = Buffer.alloc(200 * 1024 * 1024, 0x20);
    const honest = zipOf('xl/worksheets/sheet1.xml', huge);
    const lying = zipOf('xl/worksheets/sheet1.xml', huge, 1000);
    // A few hundred kilobytes on disk, 200 MB unpacked.
    expect(honest.length).toBeLessThan(1024 * 1024);
    for (const bomb of [honest, lying]) {
      const result = await t.call(t.admin, 'children.importPreview', bytesFile(bomb, 'roster.xlsx'));
      expect(result).toEqual({ ok: false, error: { code: 'import_too_large', details: { entity: 'unpacked_size' } } });
    }
  });

  it('refuses a sheet with too many rows by counting them in the zip, and a CSV by its lines', async () => {
    const t = await app();
    const rows = Array.from({ length: 5100 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('');
    const sheet = Buffer.from(`<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`);
    const result = await t.call(t.admin, 'children.importPreview', bytesFile(zipOf('xl/worksheets/sheet1.xml', sheet), 'roster.xlsx'));
    expect(result).toEqual({ ok: false, error: { code: 'import_too_large', details: { entity: 'rows' } } });
    const lines = csv(`姓名\r\n${'甲\r\n'.repeat(5100)}`, 'utf8');
    expect(await t.call(t.admin, 'children.importPreview', lines)).toEqual({ ok: false, error: { code: 'import_too_large', details: { entity: 'rows' } } });
  });
});
