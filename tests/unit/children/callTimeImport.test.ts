// A parent's best time to call read from the school's file (issue 16 point 6): a column per parent under a
// group heading or in one cell (父亲方便通话时间), or one column for both parents; the phone queue then marks it.
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers';
import { csv, csvText, xlsx } from './childImportFiles';

describe('the child import reads best times to call', () => {
  it('under a group heading per parent, in a GBK file as WPS saves it', async () => {
    const t = await createTestApp();
    const file = csv(
      csvText([
        ['姓名', '年级', '班级', '父亲情况', '', '', '母亲情况', '', ''],
        ['', '', '', '姓名', '手机', '方便通话时间', '姓名', '手机', '方便通话时间'],
        ['陈慧敏', '一年级', '1班', '陈建', '13911112222', '晚上8点以后', '黄丽', '13922223333', '中午'],
        ['刘洋', '二年级', '2班', '刘强', '13933334444', '', '何敏', '13944445555', '周末全天'],
      ]),
      'gbk',
    );
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.columns.filter((c) => c.suggested?.endsWith('CallTime')).map((c) => [c.header, c.suggested])).toEqual([
      ['父亲情况 / 方便通话时间', 'fatherCallTime'],
      ['母亲情况 / 方便通话时间', 'motherCallTime'],
    ]);
    await t.ok(t.admin, 'children.importConfirm', file);
    const times = await bestTimes(t);
    expect(times['陈慧敏']).toEqual({ father: '晚上8点以后', mother: '中午' });
    expect(times['刘洋']).toEqual({ father: null, mother: '周末全天' });
  });

  it('from one column for both parents; a row naming no parent keeps the time in its notes', async () => {
    const t = await createTestApp();
    const file = await xlsx([
      [
        ['2026年秋季留守儿童花名册'],
        ['姓名', '年级', '班级', '父亲手机', '母亲手机', '方便通话时间（父母）'],
        ['程子涵', 3, 1, '13955556666', '13966667777', '工作日晚上9点后'],
        ['张一', 3, 1, null, null, '周日上午'],
      ],
    ]);
    const preview = await t.ok(t.admin, 'children.importPreview', file);
    expect(preview.columns.find((c) => c.header.startsWith('方便通话时间'))?.suggested).toBe('callTime');
    await t.ok(t.admin, 'children.importConfirm', file);
    const times = await bestTimes(t);
    expect(times['程子涵']).toEqual({ father: '工作日晚上9点后', mother: '工作日晚上9点后' });
    const list = await t.ok(t.admin, 'children.list', { query: '张一' });
    const zhang = await t.ok(t.admin, 'children.get', { id: list.rows[0]?.id ?? 0 });
    expect(zhang.parents).toEqual([]);
    expect(zhang.notes).toContain('周日上午');
  });

  it('updates a known parent in place, and the queue marks the time', async () => {
    const t = await createTestApp();
    const header = ['姓名', '年级', '班级', '父亲姓名', '父亲电话', '父亲方便通话时间'];
    await t.ok(t.admin, 'children.importConfirm', csv(csvText([header, ['陈慧敏', '一年级', '1班', '陈建', '13911112222', '']]), 'utf8-bom'));
    const before = await bestTimes(t);
    expect(before['陈慧敏']).toEqual({ father: null, mother: undefined });
    const id = (await t.ok(t.admin, 'children.list', { query: '陈慧敏' })).rows[0]?.id ?? 0;
    const fatherId = (await t.ok(t.admin, 'children.get', { id })).parents[0]?.id;

    await t.ok(t.admin, 'children.importConfirm', csv(csvText([header, ['陈慧敏', '一年级', '1班', '陈建', '13911112222', '全天']]), 'utf8-bom'));
    const file = await t.ok(t.admin, 'children.get', { id });
    expect(file.parents.map((p) => [p.id, p.bestCallTime])).toEqual([[fatherId, '全天']]);

    const teacher = await t.signIn('teacher', '王老师');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: id });
    await t.ok(t.kiosk, 'kiosk.bookCall', { childId: id, parentId: fatherId ?? 0 });
    const queue = await t.ok(teacher, 'calls.queue', {});
    expect(queue.map((q) => [q.childName, q.bestCallTime, q.goodTimeNow])).toEqual([['陈慧敏', '全天', true]]);
  });
});

type App = Awaited<ReturnType<typeof createTestApp>>;

/** Each child's father's and mother's best time, by name (undefined: no such parent). */
async function bestTimes(t: App): Promise<Record<string, { father: string | null | undefined; mother: string | null | undefined }>> {
  const list = await t.ok(t.admin, 'children.list', {});
  const out: Record<string, { father: string | null | undefined; mother: string | null | undefined }> = {};
  for (const row of list.rows) {
    const file = await t.ok(t.admin, 'children.get', { id: row.id });
    const of = (relation: string) => file.parents.find((p) => p.relation === relation)?.bestCallTime;
    out[file.name] = { father: of('father'), mother: of('mother') };
  }
  return out;
}
