// Helpers of the room (issue 20, point 6) through dispatch on a real SQLite file: helpers and their
// children, visits, a caring mother among a child's collectors at the kiosk, and erasure.
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

async function room(): Promise<{ t: TestApp; fang: number; lei: number }> {
  const t = await createTestApp();
  const fang = (await t.ok(t.admin, 'children.create', childInput({ name: '王芳芳', grade: 3, classNo: 1 }))).id;
  const lei = (await t.ok(t.admin, 'children.create', childInput({ name: '李雷', grade: 4, classNo: 2, gender: 'male' }))).id;
  return { t, fang, lei };
}

const wang = { name: '王阿姨', phone: '13811112222', kind: 'caring_mother', organisation: '县妇联', note: null } as const;

describe('helpers', () => {
  it('creates a caring mother, links children once, ends a link, archives and restores her', async () => {
    const { t, fang, lei } = await room();
    const created = await t.ok(t.admin, 'helpers.create', wang);
    expect(created).toMatchObject({ name: '王阿姨', phone: '13811112222', kind: 'caring_mother', organisation: '县妇联', children: [], visits: 0, lastVisitOn: null });
    await t.ok(t.admin, 'helpers.linkChild', { helperId: created.id, childId: fang, since: '2026-09-01' });
    // Linking her twice keeps one link.
    const linked = await t.ok(t.admin, 'helpers.linkChild', { helperId: created.id, childId: fang, since: '2026-10-01' });
    await t.ok(t.admin, 'helpers.linkChild', { helperId: created.id, childId: lei, since: '2026-11-01' });
    const both = await t.ok(t.admin, 'helpers.list', {});
    expect(linked.children).toHaveLength(1);
    expect(both[0]?.children.map((c) => [c.childName, c.since])).toEqual([
      ['王芳芳', '2026-09-01'],
      ['李雷', '2026-11-01'],
    ]);
    const ended = await t.ok(t.admin, 'helpers.unlinkChild', { linkId: both[0]?.children[1]?.linkId ?? 0 });
    expect(ended.children.map((c) => c.childName)).toEqual(['王芳芳']);

    await t.ok(t.admin, 'helpers.archive', { id: created.id });
    expect(await t.ok(t.admin, 'helpers.list', {})).toEqual([]);
    expect((await t.ok(t.admin, 'helpers.list', { includeArchived: true }))[0]?.archivedAt).not.toBeNull();
    const again = await t.call(t.admin, 'helpers.archive', { id: created.id });
    expect(again.ok ? null : again.error).toEqual({ code: 'conflict', details: { entity: 'already_archived' } });
    expect((await t.ok(t.admin, 'helpers.archive', { id: created.id, archived: false })).archivedAt).toBeNull();
  });

  it('refuses a teacher editing helpers, a wrong phone, and an unknown child', async () => {
    const { t } = await room();
    const teacher = await t.signIn('teacher');
    expect((await t.call(teacher, 'helpers.create', wang)).ok).toBe(false);
    const bad = await t.call(t.admin, 'helpers.create', { ...wang, phone: '12345' });
    expect(bad.ok ? null : bad.error.details?.issues).toEqual([{ path: ['phone'], code: 'phone' }]);
    const helper = await t.ok(t.admin, 'helpers.create', wang);
    const unknown = await t.call(t.admin, 'helpers.linkChild', { helperId: helper.id, childId: 999, since: '2026-09-01' });
    expect(unknown.ok ? null : unknown.error.details?.issues).toEqual([{ path: ['childId'], code: 'not_found' }]);
  });

  it('records a visit with its children, listed by semester and counted on the helper', async () => {
    const { t, fang, lei } = await room();
    const teacher = await t.signIn('teacher', '刘老师');
    const helper = await t.ok(t.admin, 'helpers.create', { ...wang, kind: 'volunteer', name: '赵志愿' });
    const visit = await t.ok(teacher, 'helpers.recordVisit', { helperId: helper.id, date: '2026-11-20', what: '辅导作业', childIds: [fang, lei, fang] });
    expect(visit).toMatchObject({ helperName: '赵志愿', date: '2026-11-20', what: '辅导作业', staffName: '刘老师' });
    expect(visit.children.map((c) => c.name)).toEqual(['王芳芳', '李雷']);
    expect(await t.ok(teacher, 'helpers.visits', { semester: '2026-autumn' })).toHaveLength(1);
    expect(await t.ok(teacher, 'helpers.visits', { semester: '2026-spring' })).toEqual([]);
    expect((await t.ok(teacher, 'helpers.list', {}))[0]).toMatchObject({ visits: 1, lastVisitOn: '2026-11-20' });
    const future = await t.call(teacher, 'helpers.recordVisit', { helperId: helper.id, date: '2026-12-20', childIds: [] });
    expect(future.ok ? null : future.error.details?.issues).toEqual([{ path: ['date'], code: 'date_future' }]);
  });

  it('erasure of a child cuts her links to helpers and visits; her aid still counts, without her name', async () => {
    const { t, fang, lei } = await room();
    const helper = await t.ok(t.admin, 'helpers.create', wang);
    await t.ok(t.admin, 'helpers.linkChild', { helperId: helper.id, childId: fang, since: '2026-09-01' });
    await t.ok(t.admin, 'helpers.linkChild', { helperId: helper.id, childId: lei, since: '2026-09-01' });
    await t.ok(t.admin, 'helpers.recordVisit', { helperId: helper.id, date: '2026-11-20', what: null, childIds: [fang] });
    await t.ok(t.admin, 'aid.create', { kind: 'clothes', description: '冬衣', quantity: 1, date: '2026-11-20', donor: '县妇联', childIds: [fang] });
    await t.ok(t.admin, 'children.archive', { id: fang, reason: '转学' });
    t.at('2030-12-01T09:00:00+08:00');
    await t.ok(t.admin, 'privacy.erase', { childId: fang, confirmName: '王芳芳' });

    expect((await t.ok(t.admin, 'helpers.list', {}))[0]?.children.map((c) => c.childName)).toEqual(['李雷']);
    expect((await t.ok(t.admin, 'helpers.visits', { semester: '2026-autumn' }))[0]?.children).toEqual([]);
    const links = await t.app.db.selectFrom('helper_child').select(['helper_id', 'child_id']).where('child_id', '=', fang).execute();
    expect(links).toEqual([{ helper_id: null, child_id: fang }]);
    const counts = await t.ok(t.admin, 'helpers.counts', { semester: '2026-autumn' });
    expect(counts.aidChildren).toBe(1);
    const aid = await t.ok(t.admin, 'aid.list', { semester: '2026-autumn' });
    expect(JSON.stringify(aid)).not.toContain('王芳芳');
  });
});
