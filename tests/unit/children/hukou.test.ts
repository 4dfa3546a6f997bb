// 户籍所在地 on the child's file (the field the recipe in docs/ARCHITECTURE.md added): the form, the child
// import of a school's column headed by any of its usual words, and the places offered as one types.
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';
import { csv, csvText } from './childImportFiles';

describe('hukou (户籍所在地)', () => {
  it('is kept on the file, and an empty one is unknown', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher', '王老师');
    const child = await t.ok(t.admin, 'children.create', childInput({ hukou: ' 广西河池市罗城县 ' }));
    expect((await t.ok(teacher, 'children.get', { id: child.id })).hukou).toBe('广西河池市罗城县');
    const cleared = await t.ok(t.admin, 'children.update', { ...childInput({ hukou: '' }), id: child.id, parents: child.parents });
    expect(cleared.hukou).toBeNull();
    const tooLong = await t.call(t.admin, 'children.create', childInput({ hukou: '广'.repeat(61) }));
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ path: ['hukou'] }] } } });
  });

  it('is read from a column headed 户籍所在地, 户籍 or 户口所在地', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher', '王老师');
    for (const [header, name] of [
      ['户籍所在地', '王小红'],
      ['户籍', '李小兰'],
      ['户口所在地', '赵小刚'],
    ] as const) {
      const file = csv(
        csvText([
          ['姓名', header],
          [name, '贵州省黔东南州从江县'],
        ]),
        'utf8-bom',
      );
      const preview = await t.ok(t.admin, 'children.importPreview', file);
      expect(preview.columns.find((c) => c.header === header)?.suggested, header).toBe('hukou');
      expect(preview.rows[0]?.fields.hukou).toBe('贵州省黔东南州从江县');
      await t.ok(t.admin, 'children.importConfirm', file);
    }
    const list = await t.ok(teacher, 'children.list', { query: '赵小刚' });
    expect((await t.ok(teacher, 'children.get', { id: list.rows[0]?.id ?? 0 })).hukou).toBe('贵州省黔东南州从江县');
  });

  it('offers the places already typed, the most used first, for the form to suggest', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher', '王老师');
    expect(await t.ok(teacher, 'children.hukouPlaces', {})).toEqual([]);
    for (const [name, hukou] of [
      ['甲', '湖南省怀化市'],
      ['乙', '广西河池市罗城县'],
      ['丙', '广西河池市罗城县'],
      ['丁', null],
    ] as const) {
      await t.ok(t.admin, 'children.create', childInput({ name, hukou, studentNo: null }));
    }
    expect(await t.ok(teacher, 'children.hukouPlaces', {})).toEqual(['广西河池市罗城县', '湖南省怀化市']);
    expect((await t.call(t.kiosk, 'children.hukouPlaces', {})).ok).toBe(false);
  });
});
