// The lecture register on a real file: record, correct, void, list, and attendance taken like an activity's.
import { describe, expect, it } from 'vitest';
import { errorOf } from '../activities/activitiesRoom';
import { lecturesRoom } from './lecturesRoom';

describe('the lecture register', () => {
  it('records a lecture with who recorded it, refuses a future date, and lists by month and semester', async () => {
    const r = await lecturesRoom();
    r.t.at('2026-11-20T17:00:00+08:00');
    const made = await r.t.ok(r.teacher, 'lectures.create', { topic: 'safety', title: '交通安全', date: '2026-11-20', speaker: '镇派出所张警官', note: '  ' });
    expect(made).toMatchObject({ topic: 'safety', title: '交通安全', date: '2026-11-20', speaker: '镇派出所张警官', note: null, recordedByName: '王老师', voidedAt: null, present: 0 });
    const future = await r.t.call(r.teacher, 'lectures.create', { topic: 'legal', title: '宪法日', date: '2026-12-04', speaker: '司法所' });
    expect(errorOf(future)).toEqual({ code: 'invalid_input', details: { issues: [{ path: ['date'], code: 'date_future' }] } });
    expect(errorOf(await r.t.call(r.t.kiosk, 'lectures.list', {})).code).toBe('forbidden');

    const fixed = await r.t.ok(r.teacher, 'lectures.update', { id: made.id, lecture: { topic: 'safety', title: '交通安全进校园', date: '2026-11-19', speaker: '镇派出所张警官' } });
    expect([fixed.title, fixed.date]).toEqual(['交通安全进校园', '2026-11-19']);
    await r.lecture('2026-09-15', { topic: 'other', title: '垃圾分类', speaker: '村委会' });
    expect((await r.t.ok(r.teacher, 'lectures.list', {})).map((l) => l.date)).toEqual(['2026-11-19', '2026-09-15']);
    expect((await r.t.ok(r.teacher, 'lectures.list', { month: '2026-09' })).map((l) => l.title)).toEqual(['垃圾分类']);
    expect(await r.t.ok(r.teacher, 'lectures.list', { semester: '2026-spring' })).toEqual([]);
  });

  it('takes attendance: the children in the room that day first, a tick each, and a voided lecture is closed', async () => {
    const r = await lecturesRoom();
    // B (grade 4) came that day; A (grade 3) did not: B heads the list though A's class comes first.
    await r.visit('2026-10-14', r.b);
    const id = await r.lecture('2026-10-14');
    let sheet = await r.t.ok(r.teacher, 'lectures.attendance', { lectureId: id });
    expect(sheet.rows.map((row) => [row.childName, row.inRoom, row.present])).toEqual([
      ['张小明', true, false],
      ['李小红', false, false],
    ]);
    await r.t.ok(r.teacher, 'lectures.markAttendance', { lectureId: id, childId: r.b, present: true });
    await r.t.ok(r.teacher, 'lectures.markAttendance', { lectureId: id, childId: r.a, present: true });
    // Ticking twice is one row.
    sheet = await r.t.ok(r.teacher, 'lectures.markAttendance', { lectureId: id, childId: r.a, present: true });
    expect(sheet.present).toBe(2);
    sheet = await r.t.ok(r.teacher, 'lectures.markAttendance', { lectureId: id, childId: r.a, present: false });
    expect(sheet.rows.filter((row) => row.present).map((row) => row.childName)).toEqual(['张小明']);
    expect((await r.t.ok(r.teacher, 'lectures.list', {}))[0]?.present).toBe(1);

    await r.t.ok(r.teacher, 'lectures.void', { id, reason: '重复登记' });
    expect(errorOf(await r.t.call(r.teacher, 'lectures.markAttendance', { lectureId: id, childId: r.a, present: true }))).toEqual({ code: 'conflict', details: { entity: 'already_voided' } });
    expect(errorOf(await r.t.call(r.teacher, 'lectures.void', { id, reason: '再次' })).code).toBe('conflict');
    // Who was present stays on the voided lecture.
    expect((await r.t.ok(r.teacher, 'lectures.attendance', { lectureId: id })).present).toBe(1);
  });
});
