// Two school years run through the step (issue 20): grades move, a kept-back child stays, the last
// grade graduates (restorable), a surrogate parent who left is replaced, last year's groups close;
// undo on the same day puts every row back byte for byte, and is refused the next day.
import { describe, expect, it } from 'vitest';
import { errorOf, group, snapshot, summerChild, yearRoom } from './room';

const conflict = (entity: string) => ({ code: 'conflict', details: { entity } });

describe('the new school year', () => {
  it('runs two school years, with keep-back, graduation, reassignment, groups closed and undo', async () => {
    const r = await yearRoom();
    const { t } = r;
    const grade = async (id: number) => (await t.ok(t.admin, 'children.get', { id })).grade;

    // 31 August: not yet due, and a run is refused.
    t.at('2026-08-31T17:00:00+08:00');
    expect(await t.ok(t.admin, 'schoolYear.status', {})).toMatchObject({ schoolYear: 2025, startsOn: '2026-09-01', due: false, step: null });
    expect(errorOf(await t.call(t.admin, 'schoolYear.run', {}))).toMatchObject(conflict('school_year_not_due'));

    // 1 September: due. The graduate is in the room and waiting for a call when the step runs.
    t.at('2026-09-01T10:00:00+08:00');
    expect(await t.ok(t.admin, 'schoolYear.status', {})).toMatchObject({ schoolYear: 2026, startsOn: '2026-09-01', due: true, step: null });
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: r.cai });
    await t.ok(t.kiosk, 'kiosk.bookCall', { childId: r.cai, parentId: r.caiFather });
    const preview = await t.ok(t.admin, 'schoolYear.preview', {});
    expect(preview.moves.map((m) => [m.name, m.grade, m.nextGrade])).toEqual([
      ['依依', 2, 3],
      ['安安', 3, 4],
      ['博博', 5, 6],
    ]);
    expect(preview.graduates.map((g) => g.name)).toEqual(['彩彩']);
    expect(preview.unknownGrade.map((g) => g.name)).toEqual(['丹丹']);
    expect(preview.reassign).toEqual([expect.objectContaining({ childId: r.eve, surrogateId: r.leaverId, surrogateName: '刘老师' })]);
    expect(preview.candidates.map((c) => c.id)).not.toContain(r.leaverId);
    expect(preview.groups.map((g) => g.id)).toEqual([r.lastYearGroup]);

    // The activity grade rule reads the grade: 安安 in grade 3 may not join the grades 4–5 group yet.
    expect(errorOf(await t.call(t.admin, 'activities.enrol', { activityId: r.thisYearGroup, childId: r.ana }))).toMatchObject(conflict('grade_not_allowed_child'));

    const before = snapshot(t);
    const dan = before.child?.find((c) => (c as { id: number }).id === r.dan);
    const step = await t.ok(t.admin, 'schoolYear.run', { keepBack: [r.bo], reassign: [{ childId: r.eve, staffId: r.keeperId }] });
    expect(step).toMatchObject({ schoolYear: 2026, undoable: true, runByName: '陈静', summary: { promoted: 2, keptBack: 1, graduated: 1, reassigned: 1, groupsClosed: 1 } });
    expect([await grade(r.ana), await grade(r.bo), await grade(r.eve)]).toEqual([4, 5, 3]);
    const cai = await t.ok(t.admin, 'children.get', { id: r.cai });
    expect([cai.archived, cai.archiveReason, cai.grade]).toEqual([true, '毕业', 6]);
    expect((await t.ok(t.admin, 'children.get', { id: r.eve })).surrogateStaffId).toBe(r.keeperId);
    expect(snapshot(t).child?.find((c) => (c as { id: number }).id === r.dan)).toEqual(dan);
    expect((await t.ok(t.admin, 'activities.get', { id: r.lastYearGroup })).activity.archived).toBe(true);
    expect((await t.ok(t.admin, 'activities.get', { id: r.thisYearGroup })).activity.archived).toBe(false);
    expect(await t.ok(t.admin, 'schoolYear.status', {})).toMatchObject({ due: false, step: { id: step.id } });
    const audit = t.app.sqlite.prepare(`select action from audit_log where action like 'schoolYear.%' order by id`).all();
    expect(audit).toEqual([{ action: 'schoolYear.run' }]);

    // Undo the same day: every row as it was, and the step is due again.
    t.at('2026-09-01T23:50:00+08:00');
    expect(await t.ok(t.admin, 'schoolYear.undo', {})).toMatchObject({ due: true, step: null });
    expect(snapshot(t)).toEqual(before);
    expect(errorOf(await t.call(t.admin, 'schoolYear.undo', {}))).toMatchObject(conflict('school_year_no_step'));

    // Run again; a second run the same school year is refused; undo the next day is refused.
    await t.ok(t.admin, 'schoolYear.run', { keepBack: [r.bo], reassign: [{ childId: r.eve, staffId: r.keeperId }] });
    expect(errorOf(await t.call(t.admin, 'schoolYear.run', {}))).toMatchObject(conflict('school_year_done'));
    t.at('2026-09-02T00:10:00+08:00');
    expect((await t.ok(t.admin, 'schoolYear.status', {})).step?.undoable).toBe(false);
    expect(errorOf(await t.call(t.admin, 'schoolYear.undo', {}))).toMatchObject(conflict('school_year_undo_late'));
    expect(t.app.sqlite.prepare(`select action from audit_log where action like 'schoolYear.%' order by id`).all()).toEqual([
      { action: 'schoolYear.run' },
      { action: 'schoolYear.undo' },
      { action: 'schoolYear.run' },
    ]);

    // The group for grades 4–5 takes 安安 by her new grade; the graduate can be restored.
    await t.ok(t.admin, 'activities.enrol', { activityId: r.thisYearGroup, childId: r.ana });
    expect((await t.ok(t.admin, 'children.restore', { id: r.cai })).archived).toBe(false);

    // The next school year: this autumn's group is last year's now; 博博 moves on, 彩彩 graduates again.
    t.at('2027-08-31T09:00:00+08:00');
    expect((await t.ok(t.admin, 'schoolYear.status', {})).due).toBe(false);
    t.at('2027-09-01T08:00:00+08:00');
    expect(await t.ok(t.admin, 'schoolYear.status', {})).toMatchObject({ schoolYear: 2027, due: true, step: null });
    const next = await t.ok(t.admin, 'schoolYear.preview', {});
    expect(next.groups.map((g) => g.id)).toEqual([r.thisYearGroup]);
    expect(next.reassign).toEqual([]);
    expect(await t.ok(t.admin, 'schoolYear.run', {})).toMatchObject({ schoolYear: 2027, summary: { promoted: 3, keptBack: 0, graduated: 1, reassigned: 0, groupsClosed: 1 } });
    expect([await grade(r.ana), await grade(r.bo), await grade(r.eve), await grade(r.dan)]).toEqual([5, 6, 4, null]);
    expect((await t.ok(t.admin, 'children.get', { id: r.cai })).archived).toBe(true);
    // Closed groups take no one; this year's group for grades 4–5 takes 依依 (now 4), not 博博 (now 6).
    expect(errorOf(await t.call(t.admin, 'activities.enrol', { activityId: r.thisYearGroup, childId: r.eve })).code).toBe('not_found');
    const autumn = (await t.ok(t.admin, 'activities.create', group('秋季舞蹈', '2027-09-01', '2028-01-15', { gradeFrom: 4, gradeTo: 5 }))).id;
    await t.ok(t.admin, 'activities.enrol', { activityId: autumn, childId: r.eve });
    expect(errorOf(await t.call(t.admin, 'activities.enrol', { activityId: autumn, childId: r.bo }))).toMatchObject(conflict('grade_not_allowed_child'));
  });

  it('graduates grade 9 in a nine-year school, refuses a keep-back or reassignment not in the preview, and is for admins only', async () => {
    const r = await yearRoom();
    const { t } = r;
    await t.ok(t.admin, 'settings.update', { lastGrade: 9, schoolYearStart: '08-25' });
    t.at('2026-08-25T09:00:00+08:00');
    expect(await t.ok(t.admin, 'schoolYear.status', {})).toMatchObject({ schoolYear: 2026, startsOn: '2026-08-25', due: true });
    const preview = await t.ok(t.admin, 'schoolYear.preview', {});
    expect(preview.graduates).toEqual([]);
    expect(preview.moves.find((m) => m.childId === r.cai)?.nextGrade).toBe(7);
    expect(errorOf(await t.call(t.admin, 'schoolYear.run', { keepBack: [r.dan] }))).toMatchObject(conflict('school_year_not_in_preview'));
    expect(errorOf(await t.call(t.admin, 'schoolYear.run', { reassign: [{ childId: r.ana, staffId: r.keeperId }] }))).toMatchObject(conflict('school_year_not_in_preview'));
    expect(errorOf(await t.call(t.admin, 'schoolYear.run', { reassign: [{ childId: r.eve, staffId: r.leaverId }] }))).toMatchObject(conflict('school_year_not_in_preview'));
    const teacher = await t.signIn('teacher');
    expect(errorOf(await t.call(teacher, 'schoolYear.run', {})).code).toBe('forbidden');
    // Leaving her without a surrogate parent is a choice too.
    await t.ok(t.admin, 'schoolYear.run', { reassign: [{ childId: r.eve, staffId: null }] });
    expect((await t.ok(t.admin, 'children.get', { id: r.eve })).surrogateStaffId).toBeNull();
    expect((await t.ok(t.admin, 'children.get', { id: r.cai })).grade).toBe(7);
  });

  it('is not due in a room whose roll was first typed in after the start', async () => {
    const r = await yearRoom();
    const { t } = r;
    t.at('2026-09-03T09:00:00+08:00');
    for (const id of [r.ana, r.bo, r.cai, r.dan, r.eve]) await t.ok(t.admin, 'children.archive', { id, reason: '转学' });
    expect((await t.ok(t.admin, 'schoolYear.status', {})).due).toBe(false);
    await t.ok(t.admin, 'children.create', summerChild({ name: '新同学' }));
    expect((await t.ok(t.admin, 'schoolYear.status', {})).due).toBe(false);
  });
});
