import { describe, expect, it } from 'vitest';
import { careRoom, errorOf, talk } from './room';

describe('follow-ups raised by a record', () => {
  it('stays on the due list until someone completes it, with a note', async () => {
    const r = await careRoom('2026-09-01T10:00:00+08:00');
    const a = await r.child('张小明');
    r.at('2026-11-23T10:00:00+08:00');
    for (const input of [
      { kind: 'contact' as const, childId: a.id, date: '2026-11-20', contactWith: 'father' as const, contactMode: 'phone' as const, text: '电话' },
      { kind: 'home_visit' as const, childId: a.id, date: '2026-11-20', metWith: '爷爷', text: '好' },
      { kind: 'letter' as const, childId: a.id, date: '2026-11-20', letterTo: '爸爸', letterSentOn: null },
    ])
      await r.write(input);
    const rec = await r.write({ ...talk(a.id, '2026-11-23', '情绪低落'), followUp: { note: '一周后再谈', dueOn: '2026-11-30' } });
    expect(rec.followUp).toMatchObject({
      childId: a.id,
      childName: '张小明',
      recordId: rec.id,
      reason: 'record',
      note: '一周后再谈',
      redacted: false,
      dueOn: '2026-11-30',
      raisedBy: '王老师',
      doneAt: null,
      doneBy: null,
      doneNote: null,
    });
    const [group] = await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' });
    expect(group.children).toEqual([expect.objectContaining({ childId: a.id, duties: [], followUps: [rec.followUp] })]);
    expect((await r.t.ok(r.other, 'care.followUps', { scope: 'all' })).map((f) => f.id)).toEqual([rec.followUp?.id]);
    expect(await r.t.ok(r.other, 'care.followUps', { scope: 'mine' })).toEqual([]);

    const done = await r.t.ok(r.other, 'care.completeFollowUp', { id: rec.followUp?.id ?? 0, note: '  谈过了，好多了  ' });
    expect(done).toMatchObject({ doneAt: '2026-11-23T10:00:00+08:00', doneBy: '李老师', doneNote: '谈过了，好多了' });
    expect(await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' })).toEqual([]);
    expect(await r.t.ok(r.teacher, 'care.followUps', { scope: 'mine' })).toEqual([]);
    expect(await r.t.ok(r.teacher, 'care.followUps', { scope: 'mine', includeDone: true })).toEqual([done]);
    expect(errorOf(await r.t.call(r.teacher, 'care.completeFollowUp', { id: done.id }))).toEqual({ code: 'conflict', details: { entity: 'follow_up_done' } });
    expect(errorOf(await r.t.call(r.teacher, 'care.completeFollowUp', { id: 9999 }))).toEqual({ code: 'not_found', details: { entity: 'follow_up' } });
  });

  it("lists mine as my children's and those I raised, open ones first, the earliest due first", async () => {
    const r = await careRoom();
    const mine = await r.child('张小明');
    const hers = await r.child('李华', { surrogateStaffId: r.otherId });
    const late = await r.write({ ...talk(mine.id, '2026-11-23'), followUp: { note: '周五', dueOn: '2026-11-27' } }, r.other);
    const soon = await r.write({ ...talk(hers.id, '2026-11-23'), followUp: { note: '周二', dueOn: '2026-11-24' } });
    const closed = await r.write({ ...talk(mine.id, '2026-11-22'), followUp: { note: '今天', dueOn: '2026-11-23' } });
    await r.t.ok(r.teacher, 'care.completeFollowUp', { id: closed.followUp?.id ?? 0 });
    const list = await r.t.ok(r.teacher, 'care.followUps', { scope: 'mine', includeDone: true });
    expect(list.map((f) => f.note)).toEqual(['周二', '周五', '今天']);
    expect(list[2].doneNote).toBeNull();
    expect((await r.t.ok(r.other, 'care.followUps', { scope: 'mine' })).map((f) => f.id)).toEqual([soon.followUp?.id, late.followUp?.id]);
  });
});

describe('follow-ups raised by the app: a parent not reached three times in a row', () => {
  const unreached = async (r: Awaited<ReturnType<typeof careRoom>>) => (await r.t.ok(r.teacher, 'care.followUps', { scope: 'all', includeDone: true })).filter((f) => f.reason === 'parent_unreached');

  it('is raised on the third failed attempt, not the second, for the surrogate parent, due in three days', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    await r.call(a, 'no_answer');
    await r.call(a, 'busy');
    expect(await unreached(r)).toEqual([]);
    await r.call(a, 'wrong_number');
    const [raised] = await unreached(r);
    expect(raised).toMatchObject({ childId: a.id, recordId: null, note: 'father', raisedBy: null, dueOn: '2026-11-26', doneAt: null });
    const [group] = await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' });
    expect(group.children[0].followUps.map((f) => f.reason)).toEqual(['parent_unreached']);
    const audit = await r.t.app.db.selectFrom('audit_log').select(['actor_role', 'actor_staff_id']).where('table_name', '=', 'care_follow_up').execute();
    expect(audit).toEqual([{ actor_role: 'system', actor_staff_id: null }]);
  });

  it('is not raised twice while one is open, and again once it was completed and the parent still does not answer', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    for (let i = 0; i < 5; i++) await r.call(a, 'no_answer');
    const [first] = await unreached(r);
    expect(await unreached(r)).toHaveLength(1);
    await r.t.ok(r.teacher, 'care.completeFollowUp', { id: first.id, note: '联系了奶奶' });
    await r.call(a, 'busy');
    expect((await unreached(r)).map((f) => f.doneAt === null)).toEqual([true, false]);
  });

  it('starts counting again after a call in which the parent was reached, and counts each parent apart', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    await r.call(a, 'no_answer');
    await r.call(a, 'no_answer');
    await r.call(a, 'talked');
    await r.call(a, 'no_answer');
    await r.call(a, 'busy');
    expect(await unreached(r)).toEqual([]);
    // Two failures to the mother do not add to the father's.
    for (let i = 0; i < 2; i++) {
      await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.mother, outcome: 'no_answer', durationMinutes: 0, endedMinutesAgo: 0 });
    }
    expect(await unreached(r)).toEqual([]);
    await r.call(a, 'no_answer');
    expect((await unreached(r)).map((f) => f.note)).toEqual(['father']);
  });

  it('is raised when a dialled call from the queue ends unanswered too', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    for (let i = 0; i < 3; i++) {
      const entry = await r.t.ok(r.teacher, 'calls.book', { childId: a.id, parentId: a.mother });
      const started = await r.t.ok(r.teacher, 'calls.start', { bookingId: entry.bookingId });
      r.t.clock.advanceMinutes(1);
      r.at(r.t.clock.now().toISOString());
      await r.t.ok(r.teacher, 'calls.finish', { callId: started.callId ?? 0, outcome: 'no_answer' });
    }
    expect((await unreached(r)).map((f) => f.note)).toEqual(['mother']);
  });
});
