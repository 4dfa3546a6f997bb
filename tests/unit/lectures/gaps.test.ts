// The monthly-lecture rule on a real file: which months of the semester count as without a lecture.
import { describe, expect, it } from 'vitest';
import { lecturesRoom } from './lecturesRoom';

describe('lectures.gaps', () => {
  it('lists the open months of this semester without a lecture, the running month marked as so far', async () => {
    const r = await lecturesRoom();
    await r.visit('2026-09-10');
    await r.visit('2026-10-12');
    await r.lecture('2026-10-20');
    await r.visit('2026-11-05');
    expect(await r.gaps('2026-11-23T10:00:00+08:00')).toEqual(['2026-09', '2026-11*']);
    const semester = await r.t.ok(r.teacher, 'lectures.gaps', {});
    expect(semester.semester).toBe('2026-autumn');

    // A lecture this month takes the month off the list.
    await r.lecture('2026-11-23', { topic: 'legal', title: '学法懂法', speaker: '司法所' });
    expect(await r.gaps('2026-11-24T10:00:00+08:00')).toEqual(['2026-09']);
  });

  it('a voided lecture does not count for its month', async () => {
    const r = await lecturesRoom();
    await r.visit('2026-09-10');
    const id = await r.lecture('2026-09-18');
    expect(await r.gaps('2026-09-20T10:00:00+08:00')).toEqual([]);
    const voided = await r.t.ok(r.teacher, 'lectures.void', { id, reason: '录错了日期' });
    expect(voided.voidReason).toBe('录错了日期');
    expect(await r.gaps('2026-09-21T10:00:00+08:00')).toEqual(['2026-09*']);
    // It stays in the register, marked.
    const listed = await r.t.ok(r.teacher, 'lectures.list', { month: '2026-09' });
    expect(listed.map((l) => [l.id, l.voidedAt !== null])).toEqual([[id, true]]);
  });

  it('the winter holiday is no gap, and the semester turn starts a new list', async () => {
    const r = await lecturesRoom();
    await r.visit('2026-12-03');
    await r.lecture('2026-12-10');
    await r.visit('2027-01-12');
    // Mid-January, in the autumn semester: January so far.
    expect(await r.gaps('2027-01-20T10:00:00+08:00')).toEqual(['2027-01*']);
    // February, the winter holiday: the spring semester began, nobody came, nothing is owed.
    expect(await r.gaps('2027-02-20T10:00:00+08:00')).toEqual([]);
    expect((await r.t.ok(r.teacher, 'lectures.gaps', {})).semester).toBe('2027-spring');
    // March, the room open again: March so far, February (closed) never, January (last semester) no more.
    await r.visit('2027-03-02');
    expect(await r.gaps('2027-03-10T10:00:00+08:00')).toEqual(['2027-03*']);
    // The running month with the room not yet open in it is not listed either.
    expect(await r.gaps('2027-04-01T07:00:00+08:00')).toEqual(['2027-03']);
  });

  it('the summer holiday is no gap', async () => {
    const r = await lecturesRoom();
    r.t.at('2027-06-01T08:00:00+08:00');
    await r.visit('2027-06-08');
    await r.lecture('2027-06-15', { topic: 'mental_health', title: '情绪小管家', speaker: '县心理中心' });
    expect(await r.gaps('2027-08-20T10:00:00+08:00')).toEqual([]);
  });
});
