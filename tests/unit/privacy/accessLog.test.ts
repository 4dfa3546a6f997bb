import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';
import { errorOf } from './room';

async function room() {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  const a = await t.ok(t.admin, 'children.create', childInput({ name: '王芳芳' }));
  const b = await t.ok(t.admin, 'children.create', childInput({ name: '李春花' }));
  return { t, teacher, teacherId: teacher.staffId ?? 0, a: a.id, b: b.id };
}

const rowsOf = (page: { rows: { what: string; staffName: string | null; role: string; childName: string; at: string }[] }) => page.rows.map((r) => [r.at, r.staffName, r.role, r.childName, r.what]);

describe('privacy: the access log', () => {
  it('records each opening of a child file with who, her role, which child and when, newest first', async () => {
    const { t, teacher, a, b } = await room();
    await t.ok(t.admin, 'children.get', { id: a });
    t.at('2026-11-23T11:30:00+08:00');
    await t.ok(teacher, 'children.get', { id: b });
    // Lists, creation and edits are not openings of a file (writes are in the audit log).
    await t.ok(teacher, 'children.list', {});
    const log = await t.ok(t.admin, 'privacy.accessLog', {});
    expect(rowsOf(log)).toEqual([
      ['2026-11-23T11:30:00+08:00', '王老师', 'teacher', '李春花', 'file'],
      ['2026-11-23T10:00:00+08:00', '陈静', 'admin', '王芳芳', 'file'],
    ]);
    expect(log).toMatchObject({ total: 2, page: 1, pageSize: 50 });
  });

  it('writes nothing when the file cannot be opened', async () => {
    const { t, teacher } = await room();
    expect(errorOf(await t.call(teacher, 'children.get', { id: 9999 })).code).toBe('not_found');
    expect(errorOf(await t.call(t.kiosk, 'children.get', { id: 1 })).code).toBe('forbidden');
    expect((await t.ok(t.admin, 'privacy.accessLog', {})).total).toBe(0);
  });

  it('filters by child, staff, kind and local dates, and pages', async () => {
    const { t, teacher, teacherId, a, b } = await room();
    for (const day of ['2026-11-20', '2026-11-21', '2026-11-22']) {
      t.at(`${day}T23:30:00+08:00`);
      await t.ok(teacher, 'children.get', { id: a });
      await t.ok(t.admin, 'children.get', { id: b });
    }
    const dates = (page: { rows: { at: string }[] }) => page.rows.map((r) => r.at.slice(0, 10));
    expect(dates(await t.ok(t.admin, 'privacy.accessLog', { childId: a }))).toEqual(['2026-11-22', '2026-11-21', '2026-11-20']);
    expect((await t.ok(t.admin, 'privacy.accessLog', { staffId: teacherId })).rows.every((r) => r.childId === a)).toBe(true);
    expect((await t.ok(t.admin, 'privacy.accessLog', { what: 'care' })).total).toBe(0);
    // 23:30 in Shanghai is still that day: the filter is on the room's dates.
    expect(dates(await t.ok(t.admin, 'privacy.accessLog', { from: '2026-11-21', to: '2026-11-21' }))).toEqual(['2026-11-21', '2026-11-21']);
    expect(dates(await t.ok(t.admin, 'privacy.accessLog', { from: '2026-11-22' }))).toEqual(['2026-11-22', '2026-11-22']);

    const page2 = await t.ok(t.admin, 'privacy.accessLog', { page: 2, pageSize: 4 });
    expect(page2).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(dates(page2)).toEqual(['2026-11-20', '2026-11-20']);
    expect(errorOf(await t.call(t.admin, 'privacy.accessLog', { from: '2026-11-22', to: '2026-11-21' }))).toEqual({
      code: 'invalid_input',
      details: { issues: [{ path: ['to'], code: 'date_range' }] },
    });
    expect(errorOf(await t.call(t.admin, 'privacy.accessLog', { pageSize: 1000 })).code).toBe('invalid_input');
  });

  it('is for admins only', async () => {
    const { t, teacher, a } = await room();
    await t.ok(teacher, 'children.get', { id: a });
    expect(errorOf(await t.call(teacher, 'privacy.accessLog', {})).code).toBe('forbidden');
    expect(errorOf(await t.call(t.kiosk, 'privacy.accessLog', {})).code).toBe('forbidden');
  });
});

describe('privacy: reads of care records and the growth file', () => {
  it('leave rows of their own kinds', async () => {
    const { t, teacher, a } = await room();
    await t.ok(teacher, 'care.create', { kind: 'talk', childId: a, date: '2026-11-23', text: '聊了学校的事' });
    await t.ok(teacher, 'care.records', { childId: a });
    await t.ok(teacher, 'care.growthFile', { childId: a });
    const log = await t.ok(t.admin, 'privacy.accessLog', { childId: a });
    expect(log.rows.map((r) => r.what).sort()).toEqual(['care', 'growth_file']);
  });
});
