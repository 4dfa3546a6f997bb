import { describe, expect, it } from 'vitest';
import { careRoom, talk } from './room';

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

  it('answers zeros, not a division by zero, for an empty room', async () => {
    const r = await careRoom();
    const cover = await r.t.ok(r.teacher, 'care.coverage', {});
    expect(cover.children).toBe(0);
    expect(cover.current).toEqual({ month: '2026-11', talk: 0, contact: 0, visit: 0, letter: 0 });
    expect(cover.months.map((m) => m.month)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  });
});
