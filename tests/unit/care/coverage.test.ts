import { describe, expect, it } from 'vitest';
import { careRoom, talk, type CareRoom } from './room';

const third = 1 / 3;

describe('coverage', () => {
  it('gives the shares of children with a talk and contact this month and a visit and letter this semester, and six months back', async () => {
    const r = await careRoom('2026-06-01T10:00:00+08:00');
    const a = await r.child('张小明');
    const b = await r.child('李华', { surrogateStaffId: r.otherId });
    const c = await r.child('赵敏', { surrogateStaffId: null });
    const d = await r.child('王小红');
    r.at('2026-08-20T10:00:00+08:00');
    await r.write({ kind: 'letter', childId: a.id, date: '2026-08-20', letterTo: '爸爸', letterSentOn: null });
    r.at('2026-10-15T10:00:00+08:00');
    await r.write({ kind: 'home_visit', childId: a.id, date: '2026-09-10', metWith: '奶奶', text: '好' });
    await r.write(talk(b.id, '2026-10-10'));
    await r.t.ok(r.t.admin, 'children.archive', { id: d.id, reason: '转学' });
    r.at('2026-11-23T16:00:00+08:00');
    await r.write(talk(a.id, '2026-11-05'));
    await r.call(a, 'talked');
    await r.write({ kind: 'contact', childId: b.id, date: '2026-11-01', contactWith: 'father', contactMode: 'video', text: '视频' });
    const voided = await r.write(talk(c.id, '2026-11-20'));
    await r.t.ok(r.t.admin, 'care.void', { id: voided.id, reason: '写错' });

    const cover = await r.t.ok(r.teacher, 'care.coverage', {});
    expect(cover.children).toBe(3);
    expect(cover.current).toEqual({ month: '2026-11', talk: third, contact: 2 * third, visit: third, letter: 0 });
    // The counts behind the shares, shown beside them ("1/3 人").
    expect(cover.currentCounts).toEqual({ onRoll: 3, talk: 1, contact: 2, visit: 1, letter: 0 });
    expect(cover.months).toEqual([
      { month: '2026-06', talk: 0, contact: 0, visit: 0, letter: 0 },
      { month: '2026-07', talk: 0, contact: 0, visit: 0, letter: 0 },
      { month: '2026-08', talk: 0, contact: 0, visit: 0, letter: 0.25 },
      { month: '2026-09', talk: 0, contact: 0, visit: 0.25, letter: 0 },
      { month: '2026-10', talk: third, contact: 0, visit: third, letter: 0 },
      { month: '2026-11', talk: third, contact: 2 * third, visit: third, letter: 0 },
    ]);
    expect(cover.unassigned).toEqual([{ childId: c.id, childName: '赵敏', grade: 4, classNo: 2 }]);
  });

  it('tells each caller how many children she is surrogate parent of, and how many have none', async () => {
    const r = await careRoom('2026-11-23T10:00:00+08:00');
    await r.child('张小明');
    await r.child('李华', { surrogateStaffId: r.otherId });
    await r.child('赵敏', { surrogateStaffId: null });
    await r.child('王芳', { surrogateStaffId: null });
    const left = await r.child('王小红');
    await r.t.ok(r.t.admin, 'children.archive', { id: left.id, reason: '转学' });
    expect(await r.t.ok(r.teacher, 'care.charge', {})).toEqual({ mine: 1, withoutSurrogate: 2 });
    // The admin is nobody's surrogate parent: an empty "mine" list is not "all cared for".
    expect(await r.t.ok(r.t.admin, 'care.charge', {})).toEqual({ mine: 0, withoutSurrogate: 2 });
    // A surrogate parent whose account is archived leaves her children with none.
    await r.t.ok(r.t.admin, 'staff.archive', { id: r.otherId });
    expect(await r.t.ok(r.teacher, 'care.charge', {})).toEqual({ mine: 1, withoutSurrogate: 3 });
  });

  it('answers zeros, not a division by zero, for an empty room', async () => {
    const r = await careRoom();
    const cover = await r.t.ok(r.teacher, 'care.coverage', {});
    expect(cover.children).toBe(0);
    expect(cover.current).toEqual({ month: '2026-11', talk: 0, contact: 0, visit: 0, letter: 0 });
    expect(cover.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  });
});

/** The shares by their definition, from the raw rows: the oracle the counted figures must equal. */
function recompute(t: CareRoom['t'], ends: string[]) {
  const children = t.app.sqlite.prepare('select id, created_at, archived_at from child').all() as {
    id: number;
    created_at: string;
    archived_at: string | null;
  }[];
  const records = t.app.sqlite.prepare('select child_id, kind, date from care_record where voided_at is null').all() as {
    child_id: number;
    kind: string;
    date: string;
  }[];
  const calls = t.app.sqlite.prepare("select child_id, started_at from call where outcome = 'talked' and voided_at is null").all() as {
    child_id: number;
    started_at: string;
  }[];
  const events = [...records.map((r) => ({ childId: r.child_id, kind: r.kind, date: r.date })), ...calls.map((c) => ({ childId: c.child_id, kind: 'contact', date: c.started_at.slice(0, 10) }))];
  const semesterStart = (d: string) => (d.slice(5, 7) >= '09' ? `${d.slice(0, 4)}-09-01` : d.slice(5, 7) === '01' ? `${Number(d.slice(0, 4)) - 1}-09-01` : `${d.slice(0, 4)}-02-01`);
  return ends.map((end) => {
    const onRoll = children.filter((c) => c.created_at.slice(0, 10) <= end && (c.archived_at === null || c.archived_at.slice(0, 10) > end));
    const share = (kind: string, from: string) => {
      const done = onRoll.filter((c) => events.some((e) => e.childId === c.id && e.kind === kind && e.date >= from && e.date <= end));
      return onRoll.length === 0 ? 0 : done.length / onRoll.length;
    };
    const month = `${end.slice(0, 7)}-01`;
    return {
      month: end.slice(0, 7),
      talk: share('talk', month),
      contact: share('contact', month),
      visit: share('home_visit', semesterStart(end)),
      letter: share('letter', semesterStart(end)),
    };
  });
}

describe('coverage: counted by the database', () => {
  it('equals the shares recomputed from the rows, with children joining and leaving, voided records, calls and records on the boundaries', async () => {
    const r = await careRoom('2026-05-20T10:00:00+08:00');
    const early = await r.child('张小明');
    const leaver = await r.child('李华', { surrogateStaffId: r.otherId });
    const summer = await r.child('赵敏', { surrogateStaffId: null });
    r.at('2026-06-30T16:00:00+08:00');
    await r.write(talk(early.id, '2026-06-30'));
    await r.call(leaver, 'talked');
    await r.write({ kind: 'letter', childId: early.id, date: '2026-02-01', letterTo: '爸爸', letterSentOn: null });
    r.at('2026-07-15T09:00:00+08:00');
    // Joined mid-July with a talk written for 2 July: it counts from the July month-end on.
    const july = await r.child('王小红');
    await r.write(talk(july.id, '2026-07-02'));
    await r.write(talk(early.id, '2026-07-01'));
    await r.call(early, 'no_answer');
    r.at('2026-08-31T17:00:00+08:00');
    await r.write({ kind: 'home_visit', childId: leaver.id, date: '2026-08-31', metWith: '奶奶', text: '好' });
    await r.write({ kind: 'contact', childId: summer.id, date: '2026-08-31', contactWith: 'guardian', contactMode: 'in_person', text: '好' });
    // Left on the last day of August: not on the roll at its end.
    await r.t.ok(r.t.admin, 'children.archive', { id: summer.id, reason: '转学' });
    r.at('2026-09-01T08:00:00+08:00');
    await r.write({ kind: 'home_visit', childId: early.id, date: '2026-09-01', metWith: '爷爷', text: '好' });
    const wrong = await r.write({ kind: 'letter', childId: leaver.id, date: '2026-09-01', letterTo: '妈妈', letterSentOn: null });
    await r.t.ok(r.t.admin, 'care.void', { id: wrong.id, reason: '写错' });
    await r.call(july, 'talked');
    r.at('2026-09-15T10:00:00+08:00');
    await r.t.ok(r.t.admin, 'children.archive', { id: leaver.id, reason: '转学' });
    r.at('2026-10-31T18:00:00+08:00');
    // Joined on the last day of October, with a visit written for September: on the roll at October's end only.
    const late = await r.child('陈晨');
    await r.write({ kind: 'home_visit', childId: late.id, date: '2026-09-10', metWith: '奶奶', text: '好' });
    await r.write(talk(late.id, '2026-10-31'));
    r.at('2026-11-23T16:00:00+08:00');
    await r.write({ kind: 'contact', childId: late.id, date: '2026-11-01', contactWith: 'mother', contactMode: 'video', text: '视频' });
    await r.call(july, 'busy');
    const slip = await r.write(talk(july.id, '2026-11-23'));
    await r.t.ok(r.t.admin, 'care.void', { id: slip.id, reason: '写错' });
    const inFifth = await r.child('周一', { surrogateStaffId: null, grade: 5 });
    const inThird = await r.child('吴二', { surrogateStaffId: null, grade: 3 });

    const cover = await r.t.ok(r.teacher, 'care.coverage', {});
    const expected = recompute(r.t, ['2026-06-30', '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-31', '2026-11-23']);
    expect(cover.months).toEqual(expected);
    expect(cover.current).toEqual(expected[5]);
    expect(cover.children).toBe(5);
    expect(cover.unassigned.map((c) => [c.childId, c.grade])).toEqual([
      [inThird.id, 3],
      [inFifth.id, 5],
    ]);
    // Not every share is 0 or 1: the oracle's room exercises the counting.
    expect(expected.flatMap((m) => [m.talk, m.contact, m.visit, m.letter]).filter((s) => s > 0 && s < 1).length).toBeGreaterThan(5);
  });
});
