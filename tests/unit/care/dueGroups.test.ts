import { describe, expect, it } from 'vitest';
import { careRoom, roomDueList, talk, type CareRoom } from './room';

const done = (r: CareRoom, childId: number, { talkOn = '2026-11-02', contactOn = '2026-11-03' } = {}) => [
  r.write(talk(childId, talkOn)),
  r.write({ kind: 'contact', childId, date: contactOn, contactWith: 'mother', contactMode: 'phone', text: '电话联系' }),
  r.write({ kind: 'home_visit', childId, date: '2026-10-10', metWith: '奶奶', text: '一切正常' }),
  r.write({ kind: 'letter', childId, date: '2026-09-30', letterTo: '爸爸', letterSentOn: null }),
];

/**
 * 王老师: 全齐 (every duty done), 没记 (nothing ever: late), 晚谈 (talked in October only: due), 新生
 * (joined this month, talked: due, never late). 李老师: 辅导 (every duty done, a counselling follow-up
 * past its day: late), 作废 (her November talk voided, an unanswered call: due). 无人 has no surrogate
 * parent and joined this month.
 */
async function room() {
  const r = await careRoom('2026-09-01T10:00:00+08:00');
  const all = await r.child('全齐');
  const none = await r.child('没记');
  const late = await r.child('晚谈');
  const counselled = await r.child('辅导', { surrogateStaffId: r.otherId });
  const voided = await r.child('作废', { surrogateStaffId: r.otherId });
  r.at('2026-10-20T16:00:00+08:00');
  await r.write(talk(late.id, '2026-10-20'));
  await r.write(talk(voided.id, '2026-10-05'));
  await r.write({ kind: 'contact', childId: voided.id, date: '2026-10-05', contactWith: 'father', contactMode: 'video', text: '视频' });
  r.at('2026-11-10T09:00:00+08:00');
  const newcomer = await r.child('新生');
  const unassigned = await r.child('无人', { surrogateStaffId: null });
  await r.write(talk(newcomer.id, '2026-11-10'));
  r.at('2026-11-18T16:00:00+08:00');
  await Promise.all(done(r, all.id));
  await Promise.all(done(r, counselled.id));
  await r.write({ kind: 'counselling', childId: counselled.id, date: '2026-11-18', text: '想妈妈，睡不好', followUp: { note: '周五再谈', dueOn: '2026-11-20' } }, r.counsellor);
  r.at('2026-11-23T17:00:00+08:00');
  await r.call(late, 'talked');
  await r.call(voided, 'no_answer');
  await r.write({ kind: 'home_visit', childId: late.id, date: '2026-09-05', metWith: '爷爷', text: '好' });
  await r.write({ kind: 'letter', childId: late.id, date: '2026-09-06', letterTo: '妈妈', letterSentOn: null });
  await r.write({ kind: 'home_visit', childId: voided.id, date: '2026-09-05', metWith: '爷爷', text: '好' });
  await r.write({ kind: 'letter', childId: voided.id, date: '2026-09-06', letterTo: '妈妈', letterSentOn: null });
  const slip = await r.write(talk(voided.id, '2026-11-22'));
  await r.t.ok(r.t.admin, 'care.void', { id: slip.id, reason: '写错了孩子' });
  return { r, ids: { all, none, late, counselled, voided, newcomer, unassigned } };
}

describe('due list: the room as counts per surrogate parent', () => {
  it("counts each group's due and late children as its own list shows them, the children with none first", async () => {
    const { r } = await room();
    // roomDueList fails unless each group's counts are those of the children its list shows.
    const groups = await roomDueList(r.t, r.teacher);
    expect(groups.map((g) => [g.staffName, g.children.map((c) => c.childName)])).toEqual([
      [null, ['无人']],
      ['李老师', ['辅导', '作废']],
      ['王老师', ['没记', '晚谈', '新生']],
    ]);
    expect(await r.t.ok(r.teacher, 'care.dueGroups', {})).toEqual([
      { staffId: null, staffName: null, due: 1, late: 0 },
      { staffId: r.otherId, staffName: '李老师', due: 2, late: 1 },
      { staffId: r.teacherId, staffName: '王老师', due: 3, late: 1 },
    ]);
    const duties = (name: string) =>
      groups
        .flatMap((g) => g.children)
        .find((c) => c.childName === name)
        ?.duties.map((d) => [d.duty, d.status]);
    expect(duties('作废')).toEqual([
      ['talk', 'due'],
      ['contact', 'due'],
    ]);
    expect(duties('晚谈')).toEqual([['talk', 'due']]);
    // Joined this month: every duty is due, none is late.
    expect(duties('新生')).toEqual([
      ['contact', 'due'],
      ['visit', 'due'],
      ['letter', 'due'],
    ]);
    expect(duties('无人')).toEqual([
      ['talk', 'due'],
      ['contact', 'due'],
      ['visit', 'due'],
      ['letter', 'due'],
    ]);
  });

  it("puts an archived surrogate parent's children with the children who have none, and withholds a counselling note from a teacher", async () => {
    const { r, ids } = await room();
    await r.t.ok(r.t.admin, 'staff.archive', { id: r.otherId });
    for (const who of [r.teacher, r.counsellor]) {
      expect(await r.t.ok(who, 'care.dueGroups', {})).toEqual([
        { staffId: null, staffName: null, due: 3, late: 1 },
        { staffId: r.teacherId, staffName: '王老师', due: 3, late: 1 },
      ]);
    }
    const seenBy = async (who: typeof r.teacher) => {
      const [group] = await r.t.ok(who, 'care.dueList', { scope: 'staff', staffId: null });
      return group.children.find((c) => c.childId === ids.counselled.id)?.followUps;
    };
    expect(await seenBy(r.teacher)).toMatchObject([{ note: '', redacted: true, dueOn: '2026-11-20' }]);
    expect(await seenBy(r.counsellor)).toMatchObject([{ note: '周五再谈', redacted: false }]);
    const none = await roomDueList(r.t, r.teacher);
    // Late first, then the class list's order.
    expect(none[0].children.map((c) => c.childName)).toEqual(['辅导', '无人', '作废']);
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: r.otherId })).toEqual([]);
  });

  it('answers one group per surrogate parent and none for a group with nothing due', async () => {
    const { r, ids } = await room();
    const [mine] = await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: r.teacherId });
    expect(mine).toMatchObject({ staffId: r.teacherId, staffName: '王老师' });
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' })).toEqual([mine]);
    await Promise.all(done(r, ids.unassigned.id, { talkOn: '2026-11-23', contactOn: '2026-11-23' }));
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: null })).toEqual([]);
    expect((await r.t.ok(r.teacher, 'care.dueGroups', {})).map((g) => g.staffName)).toEqual(['李老师', '王老师']);
  });
});
