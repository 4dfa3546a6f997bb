import { describe, expect, it } from 'vitest';
import { birthdayIn, birthdaysAround } from '../../../electron/services/care/birthdays';
import { careRoom } from './room';

const kid = (id: number, birthDate: string) => ({ id, name: `孩子${id}`, grade: 3, class_no: 1, birth_date: birthDate });
const brief = (today: string, ...children: ReturnType<typeof kid>[]) => birthdaysAround(children, today).map((b) => [b.childId, b.on, b.age, b.when]);

describe('birthdays this week and next', () => {
  it('lists this ISO week and next, today apart, with the age turned, earliest first', async () => {
    const r = await careRoom('2026-11-25T10:00:00+08:00'); // Wednesday
    const today = await r.child('张小明', { birthDate: '2016-11-25' });
    const monday = await r.child('李华', { birthDate: '2017-11-23' });
    const nextSunday = await r.child('赵敏', { birthDate: '2015-12-06' });
    await r.child('王小红', { birthDate: '2016-12-07' });
    await r.child('刘洋', { birthDate: '2016-11-22' });
    const list = await r.t.ok(r.teacher, 'care.birthdays', {});
    expect(list.map((b) => [b.childId, b.childName, b.on, b.age, b.when])).toEqual([
      [monday.id, '李华', '2026-11-23', 9, 'this_week'],
      [today.id, '张小明', '2026-11-25', 10, 'today'],
      [nextSunday.id, '赵敏', '2026-12-06', 11, 'next_week'],
    ]);
    expect(list[0]).toMatchObject({ grade: 4, classNo: 2, birthDate: '2017-11-23' });
    await r.t.ok(r.t.admin, 'children.archive', { id: today.id, reason: '转学' });
    expect((await r.t.ok(r.teacher, 'care.birthdays', {})).map((b) => b.childId)).toEqual([monday.id, nextSunday.id]);
  });

  it('sees across the year end: a 2 January birthday in the last week of December', () => {
    // Monday 28 December 2026 starts 2026-W53; next week runs 4–10 January 2027.
    expect(brief('2026-12-30', kid(1, '2016-01-02'), kid(2, '2016-01-08'), kid(3, '2016-12-27'), kid(4, '2016-12-31'), kid(5, '2016-01-11'))).toEqual([
      [4, '2026-12-31', 10, 'this_week'],
      [1, '2027-01-02', 11, 'this_week'],
      [2, '2027-01-08', 11, 'next_week'],
    ]);
    // A week that starts in December and ends in January.
    expect(brief('2027-12-28', kid(1, '2016-01-02'), kid(2, '2016-12-27'))).toEqual([
      [2, '2027-12-27', 11, 'this_week'],
      [1, '2028-01-02', 12, 'this_week'],
    ]);
  });

  it('keeps 29 February on 28 February in common years, and on the day in leap years', () => {
    expect(birthdayIn('2016-02-29', 2027)).toBe('2027-02-28');
    expect(birthdayIn('2016-02-29', 2028)).toBe('2028-02-29');
    expect(birthdayIn('2016-02-29', 2100)).toBe('2100-02-28');
    expect(birthdayIn('2016-02-29', 2000)).toBe('2000-02-29');
    expect(brief('2027-02-28', kid(1, '2016-02-29'))).toEqual([[1, '2027-02-28', 11, 'today']]);
    expect(brief('2028-02-28', kid(1, '2016-02-29'))).toEqual([[1, '2028-02-29', 12, 'this_week']]);
    expect(brief('2028-02-29', kid(1, '2016-02-29'))).toEqual([[1, '2028-02-29', 12, 'today']]);
    expect(brief('2028-03-01', kid(1, '2016-02-29'))).toEqual([[1, '2028-02-29', 12, 'this_week']]);
  });
});

describe('the kiosk greets a child on her birthday', () => {
  it('sets the birthday flag on check-in (and out) on the day only', async () => {
    const r = await careRoom('2027-02-28T15:00:00+08:00');
    const leap = await r.child('张小明', { birthDate: '2016-02-29' });
    const other = await r.child('李华', { birthDate: '2016-03-01' });
    expect((await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: leap.id })).birthday).toBe(true);
    expect((await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: other.id })).birthday).toBe(false);
    expect((await r.t.ok(r.t.kiosk, 'kiosk.checkOut', { childId: leap.id })).birthday).toBe(true);
    r.at('2027-03-01T15:00:00+08:00');
    expect((await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: leap.id })).birthday).toBe(false);
    expect((await r.t.ok(r.t.kiosk, 'kiosk.checkIn', { childId: other.id })).birthday).toBe(true);
  });
});
