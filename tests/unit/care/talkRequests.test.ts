// "我想和老师说说话" (issue 20): a child asks at the kiosk; her surrogate parent (or, when she chose 心理老师,
// only the counsellor and admins) sees it; nothing but the wish is stored; asking again adds nothing.
import { describe, expect, it } from 'vitest';
import { careRoom, errorOf } from './room';

describe('a child asks to talk', () => {
  it('reaches her surrogate parent, due today, with no words stored, once however often she taps', async () => {
    const r = await careRoom();
    const child = await r.child('陈慧敏');
    for (let i = 0; i < 3; i++) expect(await r.t.ok(r.t.kiosk, 'kiosk.askToTalk', { childId: child.id, with: 'teacher' })).toEqual({ with: 'teacher' });
    const asked = await r.t.ok(r.teacher, 'care.talkRequests', {});
    expect(asked).toEqual([expect.objectContaining({ childId: child.id, childName: '陈慧敏', reason: 'talk', note: '', dueOn: '2026-11-23', raisedBy: null })]);
    // Another teacher's home does not show someone else's child; the admin sees every request.
    expect(await r.t.ok(r.other, 'care.talkRequests', {})).toEqual([]);
    expect(await r.t.ok(r.t.admin, 'care.talkRequests', {})).toHaveLength(1);
    // It is an open follow-up like any other: on her group's due list, done once someone has talked with her.
    expect((await r.t.ok(r.teacher, 'care.followUps', { scope: 'mine' })).map((f) => f.reason)).toEqual(['talk']);
    await r.t.ok(r.teacher, 'care.completeFollowUp', { id: asked[0]?.id ?? 0, note: '聊了和同桌闹别扭的事' });
    expect(await r.t.ok(r.teacher, 'care.talkRequests', {})).toEqual([]);
    // The audit row says a follow-up was raised, not for whom.
    const audit = await r.t.app.db.selectFrom('audit_log').select('details').where('action', '=', 'kiosk.askToTalk').execute();
    expect(audit).toEqual([{ details: '{}' }]);
  });

  it('for the counsellor is seen by counsellors and admins only, not by her surrogate parent', async () => {
    const r = await careRoom();
    const child = await r.child('李华');
    expect((await r.t.ok(r.t.kiosk, 'kiosk.status', { childId: child.id })).counsellor).toBe(true);
    await r.t.ok(r.t.kiosk, 'kiosk.askToTalk', { childId: child.id, with: 'counsellor' });
    expect(await r.t.ok(r.counsellor, 'care.talkRequests', {})).toEqual([expect.objectContaining({ childId: child.id, reason: 'talk_counsellor' })]);
    expect(await r.t.ok(r.t.admin, 'care.talkRequests', {})).toHaveLength(1);
    for (const who of [r.teacher, r.other]) {
      expect(await r.t.ok(who, 'care.talkRequests', {})).toEqual([]);
      expect(await r.t.ok(who, 'care.followUps', { scope: 'all' })).toEqual([]);
      const due = await r.t.ok(who, 'care.dueList', { scope: 'staff', staffId: r.teacherId });
      expect(due.flatMap((g) => g.children.flatMap((c) => c.followUps))).toEqual([]);
    }
  });

  it('reaches every teacher when she has no surrogate parent, and is refused for a child not on the roll or a room with no counsellor', async () => {
    const r = await careRoom();
    const alone = await r.child('王小红', { surrogateStaffId: null });
    await r.t.ok(r.t.kiosk, 'kiosk.askToTalk', { childId: alone.id, with: 'teacher' });
    for (const who of [r.teacher, r.other]) expect(await r.t.ok(who, 'care.talkRequests', {})).toHaveLength(1);

    await r.t.ok(r.t.admin, 'children.archive', { id: alone.id, reason: '转学' });
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.askToTalk', { childId: alone.id, with: 'teacher' })).code).toBe('not_found');

    const other = await r.child('赵一鸣');
    await r.t.ok(r.t.admin, 'staff.update', { id: r.counsellor.staffId ?? 0, name: '周老师', role: 'teacher', counsellor: false });
    expect((await r.t.ok(r.t.kiosk, 'kiosk.status', { childId: other.id })).counsellor).toBe(false);
    expect(errorOf(await r.t.call(r.t.kiosk, 'kiosk.askToTalk', { childId: other.id, with: 'counsellor' }))).toMatchObject({ code: 'conflict', details: { entity: 'no_counsellor' } });
  });
});
