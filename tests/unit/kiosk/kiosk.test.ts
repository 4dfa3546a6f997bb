import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { nameKeys } from '../../../shared/names';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function add(t: TestApp, overrides: Partial<Input<'children.create'>> = {}) {
  return t.ok(t.admin, 'children.create', childInput(overrides));
}

/** 张小明 4-2, 李华 4-2, 张小红 3-1, and 王芳 (archived) 4-2. */
async function school() {
  const t = await createTestApp();
  const xiaoming = await add(t);
  const lihua = await add(t, { name: '李华' });
  const xiaohong = await add(t, { name: '张小红', grade: 3, classNo: 1 });
  const wangfang = await add(t, { name: '王芳' });
  await t.ok(t.admin, 'children.archive', { id: wangfang.id, reason: '转学' });
  return { t, xiaoming, lihua, xiaohong, wangfang };
}

const names = (list: { name: string }[]) => list.map((c) => c.name);

describe('kiosk: finding a name', () => {
  it('finds children by Chinese, full pinyin or initials, never archived ones', async () => {
    const { t } = await school();
    const search = async (query: string) => names(await t.ok(t.kiosk, 'kiosk.search', { query }));
    expect(await search('小')).toEqual(['张小红', '张小明']);
    expect(await search('小明')).toEqual(['张小明']);
    expect(await search('zxm')).toEqual(['张小明']);
    expect(await search('ZX')).toEqual(['张小红', '张小明']);
    expect(await search('xm')).toEqual([]); // initials match from the start
    expect(await search('xiaoming')).toEqual(['张小明']);
    expect(await search('zhang xiao')).toEqual(['张小红', '张小明']);
    expect(await search('hua')).toEqual(['李华']);
    expect(await search('王芳')).toEqual([]);
    expect(await search('wf')).toEqual([]);
    expect(await search('')).toEqual([]);
    expect(await search('  ')).toEqual([]);
  });

  it('shows at most 24 names, by grade, class and pinyin, with who is checked in', async () => {
    const t = await createTestApp();
    const given = '一二三四五六七八九十百千万金天地山水云雨风花草木林森'.split('');
    for (const [i, ch] of given.entries()) await add(t, { name: `张${ch}`, grade: (i % 3) + 1, classNo: (i % 2) + 1 });
    const [first] = await t.ok(t.kiosk, 'kiosk.search', { query: 'z' });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: first.id });
    const found = await t.ok(t.kiosk, 'kiosk.search', { query: 'zhang' });
    expect(found).toHaveLength(24);
    const all = given.map((ch, i) => ({ name: `张${ch}`, grade: (i % 3) + 1, classNo: (i % 2) + 1, pinyin: nameKeys(`张${ch}`).pinyin }));
    all.sort((a, b) => a.grade - b.grade || a.classNo - b.classNo || a.pinyin.localeCompare(b.pinyin));
    expect(names(found)).toEqual(names(all.slice(0, 24)));
    expect(found.filter((c) => c.checkedIn).map((c) => c.id)).toEqual([first.id]);
    expect(Object.keys(found[0]).sort()).toEqual(['checkedIn', 'classNo', 'grade', 'id', 'name']);
  });

  it('lists classes with their counts, and a class’s children by pinyin', async () => {
    const { t, xiaoming, lihua } = await school();
    expect(await t.ok(t.kiosk, 'kiosk.classes', {})).toEqual([
      { grade: 3, classNo: 1, count: 1 },
      { grade: 4, classNo: 2, count: 2 },
    ]);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: xiaoming.id });
    expect(await t.ok(t.kiosk, 'kiosk.classChildren', { grade: 4, classNo: 2 })).toEqual([
      { id: lihua.id, name: '李华', grade: 4, classNo: 2, checkedIn: false },
      { id: xiaoming.id, name: '张小明', grade: 4, classNo: 2, checkedIn: true },
    ]);
    expect(await t.ok(t.kiosk, 'kiosk.classChildren', { grade: 9, classNo: 1 })).toEqual([]);
  });

  it('lists children whose roster gave no grade or class under one "other" group, last; search finds them after the classes', async () => {
    const { t, xiaoming } = await school();
    const noClass = await t.ok(t.admin, 'children.create', { name: '张石磊' });
    const gradeOnly = await t.ok(t.admin, 'children.create', { name: '张安', grade: 5 });
    expect(await t.ok(t.kiosk, 'kiosk.classes', {})).toEqual([
      { grade: 3, classNo: 1, count: 1 },
      { grade: 4, classNo: 2, count: 2 },
      { grade: null, classNo: null, count: 2 },
    ]);
    const other = await t.ok(t.kiosk, 'kiosk.classChildren', { grade: null, classNo: null });
    expect(other.map((c) => c.id)).toEqual([gradeOnly.id, noClass.id]);
    const found = await t.ok(t.kiosk, 'kiosk.search', { query: 'zhang' });
    expect(found.map((c) => c.id).slice(-3)).toEqual([xiaoming.id, gradeOnly.id, noClass.id]);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: noClass.id });
    expect(await t.ok(t.kiosk, 'kiosk.status', { childId: noClass.id })).toMatchObject({ grade: null, classNo: null });
  });
});

describe('kiosk: checking in and out', () => {
  it('checks a child in and out, as the child, with no teacher on the record', async () => {
    const { t, xiaoming } = await school();
    expect(await t.ok(t.kiosk, 'kiosk.checkIn', { childId: xiaoming.id })).toEqual({
      childId: xiaoming.id,
      name: '张小明',
      action: 'checked_in',
      at: '2026-11-23T10:00:00+08:00',
      birthday: false,
      nextOpenDate: null,
    });
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId: xiaoming.id })).checkedInAt).toBe('2026-11-23T10:00:00+08:00');
    t.clock.advanceMinutes(95);
    expect(await t.ok(t.kiosk, 'kiosk.checkOut', { childId: xiaoming.id })).toEqual({
      childId: xiaoming.id,
      name: '张小明',
      action: 'checked_out',
      at: '2026-11-23T11:35:00+08:00',
      birthday: false,
      nextOpenDate: null,
    });
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId: xiaoming.id })).checkedInAt).toBeNull();
    const row = await t.app.db.selectFrom('visit').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      check_in_staff_id: null,
      check_out_staff_id: null,
      checkout_method: 'kiosk',
      checked_out_at: '2026-11-23T11:35:00+08:00',
    });
    const log = await t.app.db.selectFrom('audit_log').select(['action', 'actor_role', 'row_id']).where('table_name', '=', 'visit').orderBy('id').execute();
    expect(log).toEqual([
      { action: 'kiosk.checkIn', actor_role: 'kiosk', row_id: row.id },
      { action: 'kiosk.checkOut', actor_role: 'kiosk', row_id: row.id },
    ]);
  });

  it('never opens a second visit for a child already checked in', async () => {
    const { t, xiaoming } = await school();
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: xiaoming.id });
    expect(errorOf(await t.call(t.kiosk, 'kiosk.checkIn', { childId: xiaoming.id }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_checked_in' },
    });
    expect(await t.app.db.selectFrom('visit').select('id').execute()).toHaveLength(1);
    // The partial unique index holds even for a caller that skips the service's check.
    const at = '2026-11-23T10:01:00+08:00';
    const insert = t.app.db.insertInto('visit').values({ child_id: xiaoming.id, checked_in_at: at, created_at: at, updated_at: at });
    await expect(insert.execute()).rejects.toThrow(/UNIQUE/);
  });

  it('refuses to check out a child who is not checked in, and archived or unknown children', async () => {
    const { t, xiaoming, wangfang } = await school();
    expect(errorOf(await t.call(t.kiosk, 'kiosk.checkOut', { childId: xiaoming.id }))).toEqual({
      code: 'conflict',
      details: { entity: 'not_checked_in' },
    });
    for (const childId of [wangfang.id, 999]) {
      for (const method of ['kiosk.checkIn', 'kiosk.checkOut', 'kiosk.status'] as const) {
        expect(errorOf(await t.call(t.kiosk, method, { childId }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
      }
    }
    expect(await t.app.db.selectFrom('visit').select('id').execute()).toEqual([]);
  });
});

describe('kiosk: what a child may see', () => {
  it('offers only parents with a number, by relation, and the booking', async () => {
    const t = await createTestApp();
    const child = await add(t, {
      parents: [
        { relation: 'father', name: '张建国', phone: null },
        { relation: 'mother', name: '李秀英', phone: '13700001111' },
      ],
    });
    const status = await t.ok(t.kiosk, 'kiosk.status', { childId: child.id });
    const mother = child.parents.find((p) => p.relation === 'mother');
    expect(status).toEqual({
      id: child.id,
      name: '张小明',
      grade: 4,
      classNo: 2,
      checkedInAt: null,
      checkedOutAt: null,
      nextOpenDate: null,
      closedForToday: false,
      parents: [{ id: mother?.id, relation: 'mother' }],
      collectors: [{ id: expect.any(Number), name: '张德山', relation: 'grandfather', photo: null }],
      booking: null,
      counsellor: false,
    });
  });

  // Her collectors' names (the guardian 张德山 among them) are shown on purpose: she picks who came for her.
  it('never answers with a phone number, an address, a note or a parent’s name', async () => {
    const { t, xiaoming, lihua } = await school();
    await t.ok(t.admin, 'children.update', { ...childInput({ notes: '父母离异，勿提及' }), id: lihua.id, name: '李华' });
    const answers = [
      await t.ok(t.kiosk, 'kiosk.search', { query: 'l' }),
      await t.ok(t.kiosk, 'kiosk.search', { query: '张' }),
      await t.ok(t.kiosk, 'kiosk.classes', {}),
      await t.ok(t.kiosk, 'kiosk.classChildren', { grade: 4, classNo: 2 }),
      await t.ok(t.kiosk, 'kiosk.checkIn', { childId: xiaoming.id }),
      await t.ok(t.kiosk, 'kiosk.status', { childId: xiaoming.id }),
      await t.ok(t.kiosk, 'kiosk.status', { childId: lihua.id }),
      await t.ok(t.kiosk, 'kiosk.checkOut', { childId: xiaoming.id }),
    ];
    const text = JSON.stringify(answers);
    expect(text).toContain('李华');
    for (const secret of ['13812345678', '13987654321', '13700001111', '青山村', '父母离异', '张建国', '李秀英', '东莞', '电子厂']) {
      expect(text).not.toContain(secret);
    }
  });
});
