// The national survey's fields on the child's file (issue 17): 身体状况, 家庭主要经济来源, 受委托监护人情况
// and 村(居)委会联系人, typed in the form or read from a school's file under the headings schools use.
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { csv, csvText, xlsx } from './childImportFiles';

async function fileOf(t: TestApp, name: string) {
  const id = (await t.ok(t.admin, 'children.list', { query: name })).rows[0]?.id ?? 0;
  return t.ok(t.admin, 'children.get', { id });
}

describe('the survey fields', () => {
  it('are kept on the file, unknown when left empty, and a wrong village phone is refused on its field', async () => {
    const t = await createTestApp();
    const survey = { healthStatus: '一般', incomeSource: '务农', guardianSituation: '奶奶，68岁，不识字', villageContactName: '李主任', villageContactPhone: '136 0000 2222' };
    const child = await t.ok(t.admin, 'children.create', childInput(survey));
    expect(await fileOf(t, child.name)).toMatchObject({ ...survey, villageContactPhone: '13600002222' });
    const cleared = await t.ok(t.admin, 'children.update', { ...childInput({ healthStatus: '', villageContactName: null }), id: child.id, parents: child.parents });
    expect([cleared.healthStatus, cleared.villageContactName, cleared.incomeSource]).toEqual([null, null, null]);
    const wrong = await t.call(t.admin, 'children.create', childInput({ name: '王小红', villageContactPhone: '12345' }));
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { issues: [{ path: ['villageContactPhone'] }] } } });
  });

  it('are read from a one-row header as the survey form words it', async () => {
    const t = await createTestApp();
    const file = csv(
      csvText([
        ['姓名', '身体状况', '家庭主要经济来源', '受委托监护人情况', '村(居)委会联系人', '村(居)委会联系电话'],
        ['陈慧敏', '健康', '父母外出务工', '外婆，65岁，身体较差', '罗主任', '0778-1234567'],
      ]),
      'gbk',
    );
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.columns.map((c) => c.suggested)).toEqual(['name', 'healthStatus', 'incomeSource', 'guardianSituation', 'villageContactName', 'villageContactPhone']);
    await t.ok(t.admin, 'children.importConfirm', file);
    expect(await fileOf(t, '陈慧敏')).toMatchObject({
      healthStatus: '健康',
      incomeSource: '父母外出务工',
      guardianSituation: '外婆，65岁，身体较差',
      villageContactName: '罗主任',
      villageContactPhone: '0778-1234567',
    });
  });

  it('read the village contact under a group heading, or a name and number in one cell', async () => {
    const t = await createTestApp();
    const grouped = await xlsx([
      [
        ['姓名', '健康状况', '经济来源', '村(居)委会联系人', '村(居)委会联系人'],
        ['姓名', '健康状况', '经济来源', '姓名', '电话'],
        ['刘洋', '残疾', '低保', '韦主任', '13800001111'],
      ],
    ]);
    const preview = await t.ok(t.admin, 'children.importPreview', grouped);
    expect(preview.columns.slice(3).map((c) => [c.header, c.suggested])).toEqual([
      ['村(居)委会联系人 / 姓名', 'villageContactName'],
      ['村(居)委会联系人 / 电话', 'villageContactPhone'],
    ]);
    await t.ok(t.admin, 'children.importConfirm', grouped);
    expect(await fileOf(t, '刘洋')).toMatchObject({ healthStatus: '残疾', incomeSource: '低保', villageContactName: '韦主任', villageContactPhone: '13800001111' });

    const oneCell = csv(
      csvText([
        ['姓名', '村委会联系电话'],
        ['程子涵', '覃支书 13900002222'],
      ]),
      'utf8-bom',
    );
    await t.ok(t.admin, 'children.importConfirm', oneCell);
    expect(await fileOf(t, '程子涵')).toMatchObject({ villageContactName: '覃支书', villageContactPhone: '13900002222' });
  });
});
