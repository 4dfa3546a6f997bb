// Aid given to children and the semester's counts (issue 20, point 6), on a real SQLite file.
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';

describe('aid', () => {
  it('counts per semester across the semester turn; a voided aid is listed but not counted', async () => {
    const t = await createTestApp();
    t.at('2027-03-10T09:00:00+08:00');
    const ids: number[] = [];
    for (const name of ['王芳芳', '李雷', '韩梅梅']) ids.push((await t.ok(t.admin, 'children.create', childInput({ name }))).id);
    const [a, b, c] = ids as [number, number, number];
    const helper = await t.ok(t.admin, 'helpers.create', { name: '王阿姨', phone: null, kind: 'caring_mother', organisation: null, note: null });

    // Autumn 2026 runs to 31 January; 1 February is spring.
    const supplies = await t.ok(t.admin, 'aid.create', { kind: 'school_supplies', description: '书包和文具', quantity: 2, date: '2027-01-31', donor: '县妇联', childIds: [a, b] });
    expect(supplies).toMatchObject({ kind: 'school_supplies', quantity: 2, amountYuan: null, donor: '县妇联', staffName: '陈静' });
    // In class order, then by pinyin.
    expect(supplies.children.map((x) => x.name)).toEqual(['李雷', '王芳芳']);
    await t.ok(t.admin, 'aid.create', { kind: 'money', description: '助学金', amountYuan: 500.5, date: '2027-02-01', donor: '某公司', childIds: [a] });
    await t.ok(t.admin, 'aid.create', { kind: 'money', description: '助学金', amountYuan: 200.25, date: '2027-03-01', donor: '某公司', childIds: [c] });
    const mistaken = await t.ok(t.admin, 'aid.create', { kind: 'clothes', description: '冬衣', quantity: 3, date: '2027-03-02', donor: null, childIds: [b] });
    await t.ok(t.admin, 'helpers.recordVisit', { helperId: helper.id, date: '2027-02-10', what: '陪读', childIds: [b] });
    const voided = await t.ok(t.admin, 'aid.void', { id: mistaken.id, reason: '重复登记' });
    expect(voided.voidReason).toBe('重复登记');
    const twice = await t.call(t.admin, 'aid.void', { id: mistaken.id, reason: '再次' });
    expect(twice.ok ? null : twice.error.details?.entity).toBe('already_voided');

    const autumn = await t.ok(t.admin, 'helpers.counts', { semester: '2026-autumn' });
    expect(autumn.aid.find((k) => k.kind === 'school_supplies')).toEqual({ kind: 'school_supplies', records: 1, children: 2, amountYuan: 0, quantity: 2 });
    expect(autumn).toMatchObject({ aidChildren: 2, childrenReached: 2, visits: 0, helpers: 0 });

    const spring = await t.ok(t.admin, 'helpers.counts', { semester: '2027-spring' });
    expect(spring.aid.find((k) => k.kind === 'money')).toEqual({ kind: 'money', records: 2, children: 2, amountYuan: 700.75, quantity: 0 });
    // The voided clothes are not counted; b is reached by the visit only.
    expect(spring.aid.find((k) => k.kind === 'clothes')?.records).toBe(0);
    expect(spring).toMatchObject({ aidChildren: 2, childrenReached: 3, visits: 1, helpers: 1 });

    expect((await t.ok(t.admin, 'aid.list', { semester: '2027-spring' })).map((x) => [x.kind, x.voidedAt !== null])).toEqual([
      ['clothes', true],
      ['money', false],
      ['money', false],
    ]);
    expect(await t.ok(t.admin, 'helpers.semesters', {})).toEqual(['2027-spring', '2026-autumn']);
  });

  it('asks for the amount of money, refuses a future date and three decimals', async () => {
    const t = await createTestApp();
    const child = (await t.ok(t.admin, 'children.create', childInput())).id;
    const base = { description: '助学金', date: '2026-11-20', donor: null, childIds: [child] };
    const noAmount = await t.call(t.admin, 'aid.create', { ...base, kind: 'money' });
    expect(noAmount.ok ? null : noAmount.error.details?.issues).toEqual([{ path: ['amountYuan'], code: 'required' }]);
    const cents = await t.call(t.admin, 'aid.create', { ...base, kind: 'money', amountYuan: 1.005 });
    expect(cents.ok ? null : cents.error.details?.issues).toEqual([{ path: ['amountYuan'], code: 'invalid' }]);
    const future = await t.call(t.admin, 'aid.create', { ...base, kind: 'food', date: '2026-12-01' });
    expect(future.ok ? null : future.error.details?.issues).toEqual([{ path: ['date'], code: 'date_future' }]);
    const nobody = await t.call(t.admin, 'aid.create', { ...base, kind: 'food', childIds: [] });
    expect(nobody.ok ? null : nobody.error.details?.issues).toEqual([{ path: ['childIds'], code: 'required' }]);
  });
});
