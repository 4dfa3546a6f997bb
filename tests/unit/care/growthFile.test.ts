import { describe, expect, it } from 'vitest';
import { careRoom, errorOf, talk } from './room';

describe('growth file', () => {
  it('gathers care records, visits, calls, loans and activities into one timeline, newest first', async () => {
    const r = await careRoom('2026-11-23T10:00:00+08:00');
    const a = await r.child('张小明');
    const b = await r.child('李华');
    await r.write(talk(a.id, '2026-11-22', '说起想妈妈'));
    const wrong = await r.write(talk(a.id, '2026-11-21', '写错了'));
    await r.t.ok(r.teacher, 'care.void', { id: wrong.id, reason: '写错' });
    await r.write({ kind: 'counselling', childId: a.id, date: '2026-11-23', text: '辅导记录' }, r.counsellor);
    await r.write(talk(b.id, '2026-11-22', '别的孩子'));

    r.at('2026-11-23T10:05:00+08:00');
    await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: a.id });
    r.at('2026-11-23T11:00:00+08:00');
    await r.t.ok(r.t.kiosk, 'kiosk.checkOut', { childId: a.id });
    r.at('2026-11-23T11:10:00+08:00');
    await r.t.ok(r.teacher, 'calls.log', { childId: a.id, parentId: a.mother, outcome: 'talked', durationMinutes: 4, endedMinutesAgo: 0, note: '聊了很久' });
    r.at('2026-11-23T11:15:00+08:00');
    await r.call(a, 'busy');
    r.at('2026-11-23T11:20:00+08:00');
    await r.t.ok(r.teacher, 'books.create', { book: { title: '小王子' }, barcodes: ['B001'] });
    await r.t.ok(r.teacher, 'loans.lend', { barcode: 'B001', childId: a.id });
    r.at('2026-11-23T11:30:00+08:00');
    await r.t.ok(r.teacher, 'loans.return', { barcode: 'B001' });
    r.at('2026-11-23T11:40:00+08:00');
    const activity = await r.t.ok(r.t.admin, 'activities.create', {
      kind: 'weekend',
      title: '周末手工',
      capacity: 10,
      signupOpensAt: '2026-11-20T08:00:00+08:00',
      signupClosesAt: '2026-11-27T18:00:00+08:00',
      date: '2026-11-28',
      startTime: '09:00',
      endTime: '11:00',
    });
    await r.t.ok(r.teacher, 'activities.enrol', { activityId: activity.id, childId: a.id });
    await r.t.ok(r.teacher, 'activities.markAttendance', { activityId: activity.id, date: '2026-11-28', childId: a.id, present: true });

    const file = await r.t.ok(r.teacher, 'care.growthFile', { childId: a.id });
    expect(file).toMatchObject({
      childId: a.id,
      childName: '张小明',
      gender: 'male',
      birthDate: '2016-05-12',
      grade: 4,
      classNo: 2,
      situation: 'both_away',
      guardianName: '张德山',
      guardianRelation: 'grandfather',
      surrogateName: '王老师',
      totals: { visits: 1, calls: 2, booksRead: 1, activities: 1, records: 2 },
    });
    expect(file.entries.map((e) => [e.kind, e.at, e.title, e.detail, e.staffName])).toEqual([
      ['activity', '2026-11-28', '周末手工', 'present', '王老师'],
      ['activity', '2026-11-23T11:40:00+08:00', '周末手工', 'enrolled', '王老师'],
      ['loan', '2026-11-23T11:20:00+08:00', '小王子', '2026-11-23T11:30:00+08:00', '王老师'],
      ['call', '2026-11-23T11:14:00+08:00', 'busy', null, '王老师'],
      ['call', '2026-11-23T11:06:00+08:00', 'talked', '聊了很久', '王老师'],
      ['checkin', '2026-11-23T10:05:00+08:00', '2026-11-23T11:00:00+08:00', null, null],
      ['care', '2026-11-23', 'counselling', null, '周老师'],
      ['care', '2026-11-22', 'talk', '说起想妈妈', '王老师'],
    ]);
    expect(file.entries.filter((e) => e.kind === 'call').map((e) => e.call)).toEqual([
      { relation: 'father', durationSeconds: 60, channel: 'phone' },
      { relation: 'mother', durationSeconds: 240, channel: 'phone' },
    ]);
    expect(file.entries.filter((e) => e.kind !== 'call').map((e) => e.call)).toEqual(Array(6).fill(null));
    expect(file.entries[6].record).toMatchObject({ kind: 'counselling', text: null, redacted: true });
    expect(JSON.stringify(file)).not.toContain('辅导记录');

    const forCounsellor = await r.t.ok(r.counsellor, 'care.growthFile', { childId: a.id });
    expect(forCounsellor.entries[6]).toMatchObject({ detail: '辅导记录', record: { text: '辅导记录', redacted: false } });
    const log = await r.t.app.db.selectFrom('access_log').select(['staff_id', 'child_id', 'what']).execute();
    expect(log).toEqual([
      { staff_id: r.teacherId, child_id: a.id, what: 'growth_file' },
      { staff_id: r.counsellor.staffId, child_id: a.id, what: 'growth_file' },
    ]);
    expect(errorOf(await r.t.call(r.teacher, 'care.growthFile', { childId: 9999 }))).toEqual({ code: 'not_found', details: { entity: 'child' } });
    expect(errorOf(await r.t.call(r.t.kiosk, 'care.growthFile', { childId: a.id }))).toEqual({ code: 'forbidden' });
  });
});
