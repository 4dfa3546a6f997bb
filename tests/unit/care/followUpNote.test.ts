// Issue 13, point 5a: the note that completes a counselling follow-up is withheld exactly like the
// counselling text. Every method that answers a follow-up or a record is walked as a teacher who is not
// a counsellor; none may carry the talk's text, the follow-up's note or the note that completed it.
import { describe, expect, it } from 'vitest';
import { careRoom, errorOf } from './room';

const secret = '父母离异，夜里哭';
const followNote = '下周再约谈';
const doneNote = '约谈后说想妈妈，已联系妈妈周末打电话';
const ownDoneNote = '已陪她去找周老师';

describe('a counselling follow-up seen by a teacher who is not a counsellor', () => {
  it('withholds the note that completed it in every method, the growth file and its print included', async () => {
    const r = await careRoom();
    const a = await r.child('张小明');
    const counselling = (dueOn: string) => r.write({ kind: 'counselling', childId: a.id, date: '2026-11-23', text: secret, followUp: { note: followNote, dueOn } }, r.counsellor);
    const done = await counselling('2026-11-30');
    const open = await counselling('2026-12-07');
    const byCounsellor = await r.t.ok(r.counsellor, 'care.completeFollowUp', { id: done.followUp?.id ?? 0, note: doneNote });
    expect(byCounsellor).toMatchObject({ doneNote, redacted: false });
    // A teacher may complete one (she was asked to check on the child) but does not read it back.
    const byTeacher = await r.t.ok(r.teacher, 'care.completeFollowUp', { id: open.followUp?.id ?? 0, note: ownDoneNote });
    expect(byTeacher).toMatchObject({ note: '', doneNote: null, redacted: true });

    expect(errorOf(await r.t.call(r.teacher, 'care.record', { id: done.id }))).toEqual({ code: 'forbidden' });
    const answers = [
      byTeacher,
      await r.t.ok(r.teacher, 'care.records', { childId: a.id }),
      await r.t.ok(r.teacher, 'care.records', { childId: a.id, kinds: ['counselling'] }),
      await r.t.ok(r.teacher, 'care.followUps', { scope: 'all', includeDone: true }),
      await r.t.ok(r.teacher, 'care.followUps', { scope: 'mine', includeDone: true }),
      await r.t.ok(r.teacher, 'care.dueList', { scope: 'mine' }),
      await r.t.ok(r.teacher, 'care.dueList', { scope: 'staff', staffId: r.teacherId }),
      // The printable growth file is this answer laid out on paper.
      await r.t.ok(r.teacher, 'care.growthFile', { childId: a.id }),
      await r.t.ok(r.teacher, 'care.create', { kind: 'talk', childId: a.id, date: '2026-11-23', text: '聊了学校的事' }),
    ];
    const seen = JSON.stringify(answers);
    for (const withheld of [secret, followNote, doneNote, ownDoneNote]) expect(seen, withheld).not.toContain(withheld);
    const followUps = await r.t.ok(r.teacher, 'care.followUps', { scope: 'all', includeDone: true });
    expect(followUps).toHaveLength(2);
    for (const f of followUps) expect(f).toMatchObject({ note: '', doneNote: null, redacted: true });
    expect(followUps.every((f) => f.doneAt !== null)).toBe(true);

    // The counsellor and the admin still read both notes.
    for (const reader of [r.counsellor, r.t.admin]) {
      const theirs = JSON.stringify(await r.t.ok(reader, 'care.growthFile', { childId: a.id }));
      for (const note of [secret, doneNote, ownDoneNote]) expect(theirs, note).toContain(note);
    }
  });
});
