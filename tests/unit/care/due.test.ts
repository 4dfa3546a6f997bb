import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import type { DueGroup } from '../../../shared/domain';
import { careRoom, roomDueList, talk, type CareRoom } from './room';

/** duty → [status, lastDone, periodEnds] for one child on a due list (absent: nothing due). */
function dutiesOf(groups: DueGroup[], childId: number): Record<string, [string, string | null, string]> {
  const child = groups.flatMap((g) => g.children).find((c) => c.childId === childId);
  return Object.fromEntries((child?.duties ?? []).map((d) => [d.duty, [d.status, d.lastDone, d.periodEnds]]));
}

async function dutiesOn(r: CareRoom, iso: string, childId: number, who: Session = r.teacher) {
  r.at(iso);
  return dutiesOf(await roomDueList(r.t, who), childId);
}

describe('due list: months', () => {
  it('asks for a talk and a parent contact each calendar month: due, then overdue a month later', async () => {
    const r = await careRoom('2026-09-15T10:00:00+08:00');
    const a = await r.child('张小明');
    r.at('2026-10-31T17:00:00+08:00');
    await r.write(talk(a.id, '2026-10-31'));
    await r.write({ kind: 'contact', childId: a.id, date: '2026-10-20', contactWith: 'guardian', contactMode: 'in_person', text: '奶奶来开家长会' });
    const oct = await dutiesOn(r, '2026-10-31T23:59:00+08:00', a.id);
    expect(oct.talk).toBeUndefined();
    expect(oct.contact).toBeUndefined();

    const nov1 = await dutiesOn(r, '2026-11-01T00:01:00+08:00', a.id);
    expect(nov1.talk).toEqual(['due', '2026-10-31', '2026-11-30']);
    expect(nov1.contact).toEqual(['due', '2026-10-20', '2026-11-30']);

    const dec1 = await dutiesOn(r, '2026-12-01T08:00:00+08:00', a.id);
    expect(dec1.talk).toEqual(['overdue', '2026-10-31', '2026-12-31']);
    expect(dec1.contact).toEqual(['overdue', '2026-10-20', '2026-12-31']);
  });

  it("counts a call in which the child talked with a parent as this month's contact, not an unanswered one", async () => {
    const r = await careRoom('2026-10-01T10:00:00+08:00');
    const a = await r.child('张小明');
    r.at('2026-11-23T17:00:00+08:00');
    await r.call(a, 'no_answer');
    expect((await dutiesOn(r, '2026-11-23T17:05:00+08:00', a.id)).contact).toEqual(['overdue', null, '2026-11-30']);
    await r.call(a, 'talked');
    expect((await dutiesOn(r, '2026-11-23T17:10:00+08:00', a.id)).contact).toBeUndefined();
    expect((await dutiesOn(r, '2026-12-01T09:00:00+08:00', a.id)).contact).toEqual(['due', '2026-11-23', '2026-12-31']);
  });
});

describe('due list: semesters', () => {
  it('turns from the autumn to the spring semester between 31 January and 1 February', async () => {
    const r = await careRoom('2026-10-01T10:00:00+08:00');
    const visited = await r.child('张小明');
    const never = await r.child('李华');
    r.at('2027-01-31T15:00:00+08:00');
    await r.write({ kind: 'home_visit', childId: visited.id, date: '2027-01-31', metWith: '爷爷奶奶', text: '寒假安排好了' });
    await r.write({ kind: 'letter', childId: visited.id, date: '2026-12-20', letterTo: '爸爸妈妈', letterSentOn: null });

    const jan31 = await dutiesOn(r, '2027-01-31T23:00:00+08:00', visited.id);
    expect(jan31.visit).toBeUndefined();
    expect(jan31.letter).toBeUndefined();
    expect((await dutiesOn(r, '2027-01-31T23:00:00+08:00', never.id)).visit).toEqual(['due', null, '2027-01-31']);

    const feb1 = await dutiesOn(r, '2027-02-01T08:00:00+08:00', visited.id);
    expect(feb1.visit).toEqual(['due', '2027-01-31', '2027-08-31']);
    expect(feb1.letter).toEqual(['due', '2026-12-20', '2027-08-31']);
    expect((await dutiesOn(r, '2027-02-01T08:00:00+08:00', never.id)).visit).toEqual(['overdue', null, '2027-08-31']);
  });

  it('counts a letter by the day it was written, not the day it was sent', async () => {
    const r = await careRoom('2026-10-01T10:00:00+08:00');
    const a = await r.child('张小明');
    r.at('2027-02-03T10:00:00+08:00');
    await r.write({ kind: 'letter', childId: a.id, date: '2027-01-30', letterTo: '妈妈', letterSentOn: '2027-02-02' });
    expect((await dutiesOn(r, '2027-02-03T10:00:00+08:00', a.id)).letter).toEqual(['due', '2027-01-30', '2027-08-31']);
  });
});

describe('due list: weeks', () => {
  it('uses ISO weeks across the year end when the talk period is a week', async () => {
    const r = await careRoom('2026-12-01T10:00:00+08:00');
    await r.t.ok(r.t.admin, 'settings.update', { careTalkPeriod: 'week' });
    const a = await r.child('张小明');
    r.at('2026-12-31T16:00:00+08:00');
    await r.write(talk(a.id, '2026-12-31'));
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
    expect((await dutiesOn(r, '2027-01-03T20:00:00+08:00', a.id)).talk).toBeUndefined();
    expect((await dutiesOn(r, '2027-01-04T08:00:00+08:00', a.id)).talk).toEqual(['due', '2026-12-31', '2027-01-10']);
    expect((await dutiesOn(r, '2027-01-11T08:00:00+08:00', a.id)).talk).toEqual(['overdue', '2026-12-31', '2027-01-17']);
  });
});

describe('due list: who appears, grouped and sorted', () => {
  it('only asks "due" of a child who joined the roll this period: she had no earlier one to miss', async () => {
    const r = await careRoom('2026-10-20T10:00:00+08:00');
    const a = await r.child('张小明');
    // Joined in October: November's talk and contact are overdue, but this semester is her first.
    expect(await dutiesOn(r, '2026-11-23T10:00:00+08:00', a.id)).toEqual({
      talk: ['overdue', null, '2026-11-30'],
      contact: ['overdue', null, '2026-11-30'],
      visit: ['due', null, '2027-01-31'],
      letter: ['due', null, '2027-01-31'],
    });
    const b = await r.child('李华');
    expect((await dutiesOn(r, '2026-11-23T10:00:00+08:00', b.id)).talk).toEqual(['due', null, '2026-11-30']);
  });

  it('leaves out a child with every duty done and no open follow-up', async () => {
    const r = await careRoom('2026-09-01T10:00:00+08:00');
    const a = await r.child('张小明');
    r.at('2026-11-23T10:00:00+08:00');
    await r.write(talk(a.id, '2026-11-02'));
    await r.write({ kind: 'contact', childId: a.id, date: '2026-11-03', contactWith: 'father', contactMode: 'message', text: '微信联系' });
    await r.write({ kind: 'home_visit', childId: a.id, date: '2026-10-10', metWith: '奶奶', text: '一切正常' });
    await r.write({ kind: 'letter', childId: a.id, date: '2026-09-30', letterTo: '爸爸', letterSentOn: '2026-10-01' });
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' })).toEqual([]);
    expect(await r.t.ok(r.teacher, 'care.dueGroups', {})).toEqual([]);
  });

  it('groups by surrogate parent: mine is my own children; the room has every group, the children with none first', async () => {
    const r = await careRoom('2026-09-01T10:00:00+08:00');
    const wangLate = await r.child('王小红', { grade: 5 });
    const wangDue = await r.child('张小明', { grade: 3 });
    const li = await r.child('李华', { surrogateStaffId: r.otherId });
    const none = await r.child('赵敏', { surrogateStaffId: null });
    r.at('2026-11-23T10:00:00+08:00');
    // Everyone's contact, visit and letter are done; only 张小明 talked in October. So 王小红's talk is
    // overdue and 张小明's only due: she comes first although her grade is higher.
    for (const c of [wangLate, wangDue, li, none]) {
      await r.write({ kind: 'home_visit', childId: c.id, date: '2026-11-01', metWith: '爷爷', text: '好' });
      await r.write({ kind: 'letter', childId: c.id, date: '2026-11-01', letterTo: '妈妈', letterSentOn: null });
      await r.write({ kind: 'contact', childId: c.id, date: '2026-11-01', contactWith: 'mother', contactMode: 'phone', text: '好' });
    }
    await r.write(talk(wangDue.id, '2026-10-15'));

    const mine = await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' });
    expect(mine.map((g) => [g.staffId, g.staffName, g.children.map((c) => c.childName)])).toEqual([[r.teacherId, '王老师', ['王小红', '张小明']]]);
    expect(mine[0].children[0]).toMatchObject({ grade: 5, classNo: 2, duties: [{ duty: 'talk', status: 'overdue' }] });
    expect(mine[0].children[1].duties).toEqual([{ duty: 'talk', status: 'due', lastDone: '2026-10-15', periodEnds: '2026-11-30' }]);

    const all = await roomDueList(r.t, r.other);
    expect(all.map((g) => [g.staffName, g.children.map((c) => c.childName)])).toEqual([
      [null, ['赵敏']],
      ['李老师', ['李华']],
      ['王老师', ['王小红', '张小明']],
    ]);
    expect(await r.t.ok(r.other, 'care.dueGroups', {})).toEqual([
      { staffId: null, staffName: null, due: 1, late: 1 },
      { staffId: r.otherId, staffName: '李老师', due: 1, late: 1 },
      { staffId: r.teacherId, staffName: '王老师', due: 2, late: 1 },
    ]);
    expect((await r.t.ok(r.other, 'care.dueList', { scope: 'mine' })).map((g) => g.staffName)).toEqual(['李老师']);
    expect(await r.t.ok(r.counsellor, 'care.dueList', { scope: 'mine' })).toEqual([]);

    // A surrogate parent whose account is archived looks after no one: her child joins the group with none.
    await r.t.ok(r.t.admin, 'staff.archive', { id: r.otherId });
    const after = await roomDueList(r.t, r.teacher);
    expect(after.map((g) => [g.staffName, g.children.map((c) => c.childName)])).toEqual([
      [null, ['李华', '赵敏']],
      ['王老师', ['王小红', '张小明']],
    ]);
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: r.otherId })).toEqual([]);
  });

  it('leaves out children who left the roll', async () => {
    const r = await careRoom('2026-09-01T10:00:00+08:00');
    const a = await r.child('张小明');
    await r.t.ok(r.t.admin, 'children.archive', { id: a.id, reason: '转学' });
    expect(await r.t.ok(r.teacher, 'care.dueGroups', {})).toEqual([]);
  });
});
