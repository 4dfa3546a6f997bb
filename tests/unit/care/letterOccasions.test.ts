// 节前家书 (issue 20): the Spring Festival and the Mid-Autumn Festival follow the lunar calendar, the
// summer holiday the spring term's end, and a parent's birthday the file; the due list prompts a letter
// home in the two weeks before each, until one is written.
import { describe, expect, it } from 'vitest';
import { midAutumn, nextOccasions, springFestival, summerHoliday } from '../../../electron/services/care/festivals';
import { nextBirthday } from '../../../electron/services/care/letterOccasions';
import { toMonthDay } from '../../../shared/validation';
import { careRoom, errorOf } from './room';

describe('the days a letter home matters', () => {
  it('are the official lunar dates, year after year (ICU is a day off in 2027 and 2030)', () => {
    const years = [2026, 2027, 2028, 2029, 2030, 2040];
    expect(years.map(springFestival)).toEqual(['2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03', '2040-02-12']);
    expect(years.map(midAutumn)).toEqual(['2026-09-25', '2027-09-15', '2028-10-03', '2029-09-22', '2030-09-12', '2040-09-20']);
    expect(summerHoliday(2027, '06-30')).toBe('2027-07-01');
    expect(summerHoliday(2027, '07-09')).toBe('2027-07-10');
  });

  it('come round again after they pass, across the turn of the year', () => {
    expect(nextOccasions('2026-12-20', '06-30')).toEqual([
      { occasion: 'spring_festival', date: '2027-02-06' },
      { occasion: 'mid_autumn', date: '2027-09-15' },
      { occasion: 'summer_holiday', date: '2027-07-01' },
    ]);
    expect(nextOccasions('2027-02-06', '06-30')[0]).toEqual({ occasion: 'spring_festival', date: '2027-02-06' });
    expect(nextBirthday('01-05', '2026-12-25')).toBe('2027-01-05');
    expect(nextBirthday('12-25', '2026-12-25')).toBe('2026-12-25');
    expect(nextBirthday('02-29', '2027-01-01')).toBe('2027-02-28');
    expect(nextBirthday('02-29', '2028-01-01')).toBe('2028-02-29');
  });

  it('take a birthday as people write it', () => {
    expect(['3月12日', '3-12', '03/12', '3.12', ' 12月1号 '].map(toMonthDay)).toEqual(['03-12', '03-12', '03-12', '03-12', '12-01']);
    expect(['2月30日', '13-01', '0312', '三月十二', ''].map(toMonthDay)).toEqual([null, null, null, null, null]);
    expect(toMonthDay('2月29日')).toBe('02-29');
  });
});

describe('the due list prompts a letter home', () => {
  it('in the two weeks before the Spring Festival and a parent’s birthday, until a letter is written', async () => {
    const r = await careRoom('2027-01-25T10:00:00+08:00');
    const child = await r.child('陈慧敏');
    const file = await r.t.ok(r.t.admin, 'children.get', { id: child.id });
    await r.t.ok(r.t.admin, 'children.update', { ...file, id: child.id, parents: file.parents.map((p) => (p.relation === 'father' ? { ...p, birthday: '02-01' } : p)) });
    expect((await r.t.ok(r.t.admin, 'children.get', { id: child.id })).parents.map((p) => p.birthday)).toEqual(['02-01', null]);

    const base = { childId: child.id, childName: '陈慧敏', grade: 4, classNo: 2 };
    expect(await r.t.ok(r.teacher, 'care.letterOccasions', {})).toEqual([
      { ...base, occasion: 'parent_birthday', date: '2027-02-01', parentRelation: 'father' },
      { ...base, occasion: 'spring_festival', date: '2027-02-06', parentRelation: null },
    ]);
    // Not her surrogate parent: nothing to write.
    expect(await r.t.ok(r.other, 'care.letterOccasions', {})).toEqual([]);
    // One letter written now counts for both days.
    await r.write({ kind: 'letter', childId: child.id, date: '2027-01-25', letterTo: '爸爸妈妈', letterSentOn: null });
    expect(await r.t.ok(r.teacher, 'care.letterOccasions', {})).toEqual([]);
  });

  it('before the Mid-Autumn Festival and the summer holiday, and not before a day more than two weeks off', async () => {
    const r = await careRoom('2026-09-11T10:00:00+08:00');
    await r.child('李华');
    expect((await r.t.ok(r.teacher, 'care.letterOccasions', {})).map((o) => [o.occasion, o.date])).toEqual([['mid_autumn', '2026-09-25']]);
    r.at('2026-09-10T10:00:00+08:00');
    expect(await r.t.ok(r.teacher, 'care.letterOccasions', {})).toEqual([]);
    r.at('2027-06-20T10:00:00+08:00');
    expect((await r.t.ok(r.teacher, 'care.letterOccasions', {})).map((o) => [o.occasion, o.date])).toEqual([['summer_holiday', '2027-07-01']]);
  });

  it('refuses a birthday that is no day of the year', async () => {
    const r = await careRoom();
    const child = await r.child('王小红');
    const file = await r.t.ok(r.t.admin, 'children.get', { id: child.id });
    const wrong = await r.t.call(r.t.admin, 'children.update', { ...file, id: child.id, parents: file.parents.map((p) => ({ ...p, birthday: '02-30' })) });
    expect(errorOf(wrong)).toMatchObject({
      code: 'invalid_input',
      details: {
        issues: [
          { path: ['parents', 0, 'birthday'], code: 'date' },
          { path: ['parents', 1, 'birthday'], code: 'date' },
        ],
      },
    });
  });
});
