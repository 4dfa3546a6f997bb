import { describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/contract';
import type { ChildSummary } from '../../../shared/domain';
import type { ApiError, FieldIssue, Result } from '../../../shared/errors';
import { nameKeys } from '../../../shared/names';
import { PAGE_MAX } from '../../../shared/validation';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { compareClass } from '../../../shared/classOrder';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

function issuesOf(result: Result<unknown>): FieldIssue[] {
  const error = errorOf(result);
  expect(error.code).toBe('invalid_input');
  return error.details?.issues ?? [];
}

async function childCount(t: TestApp): Promise<number> {
  return (await t.app.db.selectFrom('child').select('id').execute()).length;
}

describe('children: create and get', () => {
  it('returns every field of the file as entered, with the surrogate parent by name', async () => {
    const t = await createTestApp();
    const teacher = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    const input = childInput({ studentNo: '20200412', notes: '爱画画', surrogateStaffId: teacher.id, boarding: true, deFactoUnsupported: true });
    const created = await t.ok(t.admin, 'children.create', input);
    const got = await t.ok(t.admin, 'children.get', { id: created.id });
    expect(got).toEqual(created);
    expect(got).toMatchObject({
      name: '张小明',
      gender: 'male',
      birthDate: '2016-05-12',
      grade: 4,
      classNo: 2,
      studentNo: '20200412',
      situation: 'both_away',
      deFactoUnsupported: true,
      boarding: true,
      guardianName: '张德山',
      guardianRelation: 'grandfather',
      guardianPhone: '13812345678',
      guardianAddress: '青山村三组12号',
      surrogateStaffId: teacher.id,
      surrogateName: '王老师',
      notes: '爱画画',
      consent: { signedBy: '张德山', signedOn: '2026-09-01', scope: '建档及留守儿童关爱工作' },
      consentMissing: false,
      archived: false,
      archivedAt: null,
      archiveReason: null,
      createdAt: '2026-11-23T10:00:00+08:00',
      updatedAt: '2026-11-23T10:00:00+08:00',
    });
    expect(got.parents).toEqual([
      {
        id: expect.any(Number),
        relation: 'father',
        name: '张建国',
        phone: '13987654321',
        workCity: '广东东莞',
        employer: '电子厂',
        bestCallTime: '晚上8点后',
        verifiedOn: '2026-09-01',
        birthday: null,
      },
      {
        id: expect.any(Number),
        relation: 'mother',
        name: '李秀英',
        phone: '13700001111',
        workCity: '浙江宁波',
        employer: null,
        bestCallTime: null,
        verifiedOn: null,
        birthday: null,
      },
    ]);
  });

  it('stores the name search keys and a normalized phone', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput({ guardianPhone: '+86 138 1234 5678' }));
    expect(c.guardianPhone).toBe('13812345678');
    const row = await t.app.db.selectFrom('child').select(['name_pinyin', 'name_initials']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name_pinyin: 'zhangxiaoming', name_initials: 'zxm' });
  });

  it('answers not_found for an unknown child', async () => {
    const t = await createTestApp();
    expect(errorOf(await t.call(t.admin, 'children.get', { id: 999 })).code).toBe('not_found');
  });
});

describe('children: update', () => {
  it('changes fields, keeps edited parents, marks dropped ones removed and adds new ones', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput());
    const [father, mother] = c.parents;
    t.clock.advanceMinutes(1);
    const updated = await t.ok(t.admin, 'children.update', {
      ...childInput({ name: '张晓明', grade: 5, guardianPhone: '13900002222', consent: null }),
      id: c.id,
      parents: [
        { id: father.id, relation: 'father', name: '张建国', phone: '13911112222', workCity: '江苏苏州' },
        { relation: 'other', name: '张姑姑', phone: '0851-6123456' },
      ],
    });
    expect(updated).toMatchObject({ name: '张晓明', grade: 5, guardianPhone: '13900002222', consent: null, updatedAt: '2026-11-23T10:01:00+08:00' });
    expect(updated.parents.map((p) => [p.id === father.id, p.name, p.phone, p.workCity])).toEqual([
      [true, '张建国', '13911112222', '江苏苏州'],
      [false, '张姑姑', '0851-6123456', null],
    ]);
    const rows = await t.app.db.selectFrom('child_parent').selectAll().where('child_id', '=', c.id).orderBy('id').execute();
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === mother.id)?.removed_at).toBe('2026-11-23T10:01:00+08:00');
    expect(rows.filter((r) => r.removed_at === null).map((r) => r.name)).toEqual(['张建国', '张姑姑']);
  });

  it('refuses a parent id that belongs to another child', async () => {
    const t = await createTestApp();
    const a = await t.ok(t.admin, 'children.create', childInput());
    const b = await t.ok(t.admin, 'children.create', childInput({ name: '王小红' }));
    const result = await t.call(t.admin, 'children.update', {
      ...childInput(),
      id: b.id,
      parents: [{ ...childInput().parents?.[0], id: a.parents[0].id, relation: 'father', name: '张建国' }],
    });
    expect(issuesOf(result)).toEqual([{ path: ['parents', 0], code: 'not_found' }]);
  });
});

describe('children: validation', () => {
  const cases: [string, Partial<Input<'children.create'>>, FieldIssue][] = [
    ['a birth date in the future', { birthDate: '2026-11-24' }, { path: ['birthDate'], code: 'date_future' }],
    ['a child older than 20', { birthDate: '2005-11-22' }, { path: ['birthDate'], code: 'date_range' }],
    ['a parent verified in the future', { parents: [{ relation: 'father', name: '张建国', verifiedOn: '2026-12-01' }] }, { path: ['parents', 0, 'verifiedOn'], code: 'date_future' }],
    ['consent signed in the future', { consent: { signedBy: '张德山', signedOn: '2027-01-01' } }, { path: ['consent', 'signedOn'], code: 'date_future' }],
    ['an unknown surrogate', { surrogateStaffId: 999 }, { path: ['surrogateStaffId'], code: 'not_found' }],
    ['a bad guardian phone', { guardianPhone: '12345678901' }, { path: ['guardianPhone'], code: 'phone' }],
    ['a bad parent phone', { parents: [{ relation: 'mother', name: '李秀英', phone: '1381234567' }] }, { path: ['parents', 0, 'phone'], code: 'phone' }],
    ['an impossible date', { birthDate: '2016-02-30' }, { path: ['birthDate'], code: 'date' }],
    ['a blank name', { name: '  ' }, { path: ['name'], code: 'required' }],
  ];
  for (const [what, overrides, issue] of cases) {
    it(`refuses ${what} and writes nothing`, async () => {
      const t = await createTestApp();
      expect(issuesOf(await t.call(t.admin, 'children.create', childInput(overrides)))).toContainEqual(issue);
      expect(await childCount(t)).toBe(0);
    });
  }

  it('accepts a child of exactly 20 and a consent signed today', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput({ birthDate: '2006-11-23', consent: { signedBy: '张德山', signedOn: '2026-11-23' } }));
    expect(c.consent?.signedOn).toBe('2026-11-23');
  });

  it('refuses an archived surrogate', async () => {
    const t = await createTestApp();
    const teacher = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    await t.ok(t.admin, 'staff.archive', { id: teacher.id });
    expect(issuesOf(await t.call(t.admin, 'children.create', childInput({ surrogateStaffId: teacher.id })))).toEqual([{ path: ['surrogateStaffId'], code: 'not_found' }]);
  });

  it('requires only the name: every other field of the file may be unknown', async () => {
    const t = await createTestApp();
    const { name: _name, guardianName: _g, gender: _s, birthDate: _b, guardianPhone: _p, ...rest } = childInput();
    const issues = issuesOf(await t.app.dispatch('children.create', rest, t.admin));
    expect(issues).toEqual([{ path: ['name'], code: 'required' }]);

    const only = await t.ok(t.admin, 'children.create', { name: '石磊' });
    expect(only).toMatchObject({
      name: '石磊',
      gender: null,
      birthDate: null,
      grade: null,
      classNo: null,
      situation: null,
      guardianName: null,
      guardianRelation: null,
      guardianPhone: null,
      parents: [],
    });
    // Unknown grades and classes list last, after every known class.
    await t.ok(t.admin, 'children.create', childInput({ name: '王小红', grade: 6, classNo: 2 }));
    const list = await t.ok(t.admin, 'children.list', {});
    expect(list.rows.map((c) => c.name)).toEqual(['王小红', '石磊']);
  });

  it('stores an unknown birth date, guardian phone and parent name as NULL and reads them back as null', async () => {
    const t = await createTestApp();
    const input = childInput({ birthDate: undefined, guardianPhone: undefined, parents: [{ relation: 'father', phone: '13900139000' }] });
    const created = await t.ok(t.admin, 'children.create', input);
    expect([created.birthDate, created.guardianPhone, created.parents[0]?.name]).toEqual([null, null, null]);
    const row = await t.app.db.selectFrom('child').select(['birth_date', 'guardian_phone']).where('id', '=', created.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ birth_date: null, guardian_phone: null });
    const parent = await t.app.db.selectFrom('child_parent').select('name').where('child_id', '=', created.id).executeTakeFirstOrThrow();
    expect(parent.name).toBeNull();
  });

  it('refuses a duplicate student number, on create and on update, but not against the child itself', async () => {
    const t = await createTestApp();
    const a = await t.ok(t.admin, 'children.create', childInput({ studentNo: '20200412' }));
    const dup = { path: ['studentNo'], code: 'duplicate' };
    expect(issuesOf(await t.call(t.admin, 'children.create', childInput({ name: '王小红', studentNo: '20200412' })))).toEqual([dup]);
    const b = await t.ok(t.admin, 'children.create', childInput({ name: '王小红', studentNo: '20200413' }));
    expect(issuesOf(await t.call(t.admin, 'children.update', { ...childInput({ studentNo: '20200412' }), id: b.id }))).toEqual([dup]);
    const same = await t.ok(t.admin, 'children.update', { ...childInput({ studentNo: '20200412', notes: '新备注' }), id: a.id });
    expect(same.notes).toBe('新备注');
  });
});

describe('children: consent', () => {
  it('is missing only for a child under 14 without consent', async () => {
    const t = await createTestApp();
    const under = await t.ok(t.admin, 'children.create', childInput({ birthDate: '2012-11-24', consent: null }));
    const withConsent = await t.ok(t.admin, 'children.create', childInput({ name: '王小红', birthDate: '2012-11-24' }));
    const fourteen = await t.ok(t.admin, 'children.create', childInput({ name: '李明', birthDate: '2012-11-23', consent: null }));
    expect(under.consentMissing).toBe(true);
    expect(withConsent.consentMissing).toBe(false);
    expect(fourteen.consentMissing).toBe(false);
    const listed = await t.ok(t.admin, 'children.list', {});
    expect(listed.rows.filter((c) => c.consentMissing).map((c) => c.id)).toEqual([under.id]);
  });
});

describe('children: list', () => {
  async function seed(t: TestApp) {
    await t.ok(t.admin, 'children.create', childInput({ studentNo: '20200412' }));
    await t.ok(t.admin, 'children.create', childInput({ name: '王小红', gender: 'female', grade: 3, classNo: 1, situation: 'father_away' }));
    await t.ok(t.admin, 'children.create', childInput({ name: '李明', grade: 4, classNo: 1, studentNo: 'G520123201605120012' }));
  }
  /** The names listed, checking that the count for the pager agrees (every test list fits one page). */
  const names = async (t: TestApp, input: Input<'children.list'>) => {
    const page = await t.ok(t.admin, 'children.list', input);
    expect(page.total).toBe(page.rows.length);
    return page.rows.map((c) => c.name);
  };

  it('finds children by Chinese, full pinyin, initials and student number', async () => {
    const t = await createTestApp();
    await seed(t);
    expect(await names(t, { query: '小明' })).toEqual(['张小明']);
    expect(await names(t, { query: '小' })).toEqual(['王小红', '张小明']);
    expect(await names(t, { query: 'zhangxiaoming' })).toEqual(['张小明']);
    expect(await names(t, { query: 'xiaoming' })).toEqual(['张小明']);
    expect(await names(t, { query: 'Zhang Xiao' })).toEqual(['张小明']);
    expect(await names(t, { query: 'zxm' })).toEqual(['张小明']);
    expect(await names(t, { query: 'ming' })).toEqual(['李明', '张小明']);
    expect(await names(t, { query: '20200412' })).toEqual(['张小明']);
    expect(await names(t, { query: 'G520123201605120012' })).toEqual(['李明']);
    expect(await names(t, { query: 'g520123201605120012' })).toEqual(['李明']);
    expect(await names(t, { query: '赵' })).toEqual([]);
    expect(await names(t, {})).toEqual(['王小红', '李明', '张小明']);
  });

  it('filters by grade, class and situation', async () => {
    const t = await createTestApp();
    await seed(t);
    expect(await names(t, { grade: 4 })).toEqual(['李明', '张小明']);
    expect(await names(t, { grade: 4, classNo: 2 })).toEqual(['张小明']);
    expect(await names(t, { classNo: 1 })).toEqual(['王小红', '李明']);
    expect(await names(t, { situation: 'father_away' })).toEqual(['王小红']);
    expect(await names(t, { grade: 4, query: 'xiao' })).toEqual(['张小明']);
  });
});

describe('children: pages', () => {
  /** 23 children over five classes; 刘洋 twice in 3(1), so only the id tells their order apart. */
  async function seedMany(t: TestApp): Promise<ChildSummary[]> {
    const made: ChildSummary[] = [];
    const add = async (values: Partial<Input<'children.create'>>) => made.push(await t.ok(t.admin, 'children.create', childInput(values)));
    const names = ['赵一', '钱二', '孙三', '李四', '周五', '吴六', '郑七', '王八', '冯九', '陈十', '褚明', '卫红', '蒋丽'];
    for (const [i, name] of names.entries()) {
      await add({ name, grade: 3 + (i % 2), classNo: 1 + (i % 3), situation: i % 2 ? 'father_away' : 'both_away' });
    }
    for (let i = 0; i < 8; i++) await add({ name: `张${'明亮'[i % 2]}${'一二三四五六七八'[i]}`, grade: 5, classNo: 1 });
    await add({ name: '刘洋', grade: 3, classNo: 1 });
    await add({ name: '刘洋', grade: 3, classNo: 1 });
    return made;
  }

  /** The ids the list holds, read `limit` at a time as the pager does, and the totals it answered. */
  async function readAll(t: TestApp, input: Input<'children.list'>, limit: number) {
    const ids: number[] = [];
    const totals = new Set<number>();
    for (let offset = 0; ; offset += limit) {
      const page = await t.ok(t.admin, 'children.list', { ...input, offset, limit });
      totals.add(page.total);
      expect(page.rows.length).toBeLessThanOrEqual(limit);
      ids.push(...page.rows.map((c) => c.id));
      if (page.rows.length < limit) break;
    }
    return { ids, totals: [...totals] };
  }

  it('covers every child exactly once, in class then pinyin order, across pages of any size', async () => {
    const t = await createTestApp();
    const made = await seedMany(t);
    const pinyin = (c: ChildSummary) => nameKeys(c.name).pinyin;
    const expected = [...made].sort((a, b) => compareClass(a, b) || (pinyin(a) < pinyin(b) ? -1 : pinyin(a) > pinyin(b) ? 1 : 0) || a.id - b.id).map((c) => c.id);
    for (const limit of [1, 5, 7, 23, 50]) {
      expect(await readAll(t, {}, limit)).toEqual({ ids: expected, totals: [23] });
    }
    const first = await t.ok(t.admin, 'children.list', { limit: 3 });
    expect(first.rows.map((c) => c.name)).toEqual(['蒋丽', '刘洋', '刘洋']);
    expect(first.rows[1].id).toBeLessThan(first.rows[2].id);
    expect(await t.ok(t.admin, 'children.list', { offset: 23 })).toEqual({ rows: [], total: 23 });
  });

  it('counts what each filter and search matches, not what one page shows', async () => {
    const t = await createTestApp();
    await seedMany(t);
    const total = async (input: Input<'children.list'>) => {
      const page = await t.ok(t.admin, 'children.list', { ...input, limit: 2 });
      expect(page.rows.length).toBe(Math.min(2, page.total));
      return page.total;
    };
    expect(await total({})).toBe(23);
    expect(await total({ grade: 5 })).toBe(8);
    expect(await total({ grade: 3, classNo: 1 })).toBe(5);
    expect(await total({ situation: 'father_away' })).toBe(6);
    expect(await total({ query: '张' })).toBe(8);
    expect(await total({ query: '张明' })).toBe(4);
    expect(await total({ query: 'zhang' })).toBe(8);
    expect(await total({ query: 'zm' })).toBe(4);
    expect(await total({ query: 'liuyang', grade: 3 })).toBe(2);
    expect(await total({ archived: true })).toBe(0);
    const { ids, totals } = await readAll(t, { query: 'zhang' }, 3);
    expect(totals).toEqual([8]);
    expect(new Set(ids).size).toBe(8);
  });

  it('refuses a page larger than PAGE_MAX or before the start', async () => {
    const t = await createTestApp();
    expect(issuesOf(await t.call(t.admin, 'children.list', { limit: PAGE_MAX + 1 })).map((i) => i.path)).toEqual([['limit']]);
    expect(issuesOf(await t.call(t.admin, 'children.list', { limit: 0 })).map((i) => i.path)).toEqual([['limit']]);
    expect(issuesOf(await t.call(t.admin, 'children.list', { offset: -1 })).map((i) => i.path)).toEqual([['offset']]);
    expect(await t.ok(t.admin, 'children.list', { limit: PAGE_MAX })).toEqual({ rows: [], total: 0 });
  });
});

describe('children: archive and restore', () => {
  it('moves a child out of the default list and back', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput());
    expect((await t.app.dispatch('children.archive', { id: c.id }, t.admin)).ok).toBe(false);
    expect(issuesOf(await t.call(t.admin, 'children.archive', { id: c.id, reason: ' ' }))).toEqual([{ path: ['reason'], code: 'required' }]);
    const archived = await t.ok(t.admin, 'children.archive', { id: c.id, reason: '随父母外出就读' });
    expect(archived).toMatchObject({ archived: true, archiveReason: '随父母外出就读', archivedAt: '2026-11-23T10:00:00+08:00' });
    expect(await t.ok(t.admin, 'children.list', {})).toEqual({ rows: [], total: 0 });
    expect((await t.ok(t.admin, 'children.list', { archived: true })).rows.map((x) => [x.id, x.archived])).toEqual([[c.id, true]]);
    expect(errorOf(await t.call(t.admin, 'children.archive', { id: c.id, reason: '再次' }))).toEqual({
      code: 'conflict',
      details: { entity: 'already_archived' },
    });

    const restored = await t.ok(t.admin, 'children.restore', { id: c.id });
    expect(restored).toMatchObject({ archived: false, archivedAt: null, archiveReason: null });
    expect((await t.ok(t.admin, 'children.list', {})).rows.map((x) => x.id)).toEqual([c.id]);
    expect(errorOf(await t.call(t.admin, 'children.restore', { id: c.id })).code).toBe('conflict');
  });
});

describe('children: roles', () => {
  it('lets a teacher read but not write', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput());
    const teacher = await t.signIn('teacher');
    expect((await t.ok(teacher, 'children.list', {})).total).toBe(1);
    expect((await t.ok(teacher, 'children.get', { id: c.id })).guardianPhone).toBe('13812345678');
    expect(errorOf(await t.call(teacher, 'children.create', childInput({ name: '王小红' }))).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'children.update', { ...childInput({ name: '改名' }), id: c.id })).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'children.archive', { id: c.id, reason: '转学' })).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'children.restore', { id: c.id })).code).toBe('forbidden');
    expect((await t.ok(t.admin, 'children.get', { id: c.id })).name).toBe('张小明');
  });

  it('never lets the kiosk list or read child files (they hold phone numbers)', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput());
    expect(await t.call(t.kiosk, 'children.list', {})).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await t.call(t.kiosk, 'children.get', { id: c.id })).toEqual({ ok: false, error: { code: 'forbidden' } });
  });
});
