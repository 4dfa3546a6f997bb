// toStamp and toLocalDate use one cached Intl formatter per zone instead of dayjs's tz(), which is
// hundreds of times slower: the text must be exactly what dayjs gives, in every zone, on DST days too,
// and what they keep of earlier answers must never stand for another zone's or another second's.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromLocal, toLocalDate, toStamp } from '../../../shared/time';

dayjs.extend(utc);
dayjs.extend(timezone);

const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Kolkata', 'Asia/Kathmandu', 'Europe/Berlin', 'America/New_York', 'America/St_Johns', 'Pacific/Chatham', 'UTC'];
/** 1970 to 2100, to the millisecond (before 1970 dayjs itself gives fractional offsets). */
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 }).map((ms) => new Date(ms));

describe('toStamp and toLocalDate', () => {
  it('give what dayjs tz gives, for any instant in any zone', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), (at, tz) => {
        expect(toStamp(at, tz)).toBe(dayjs(at).tz(tz).format('YYYY-MM-DDTHH:mm:ssZ'));
        expect(toLocalDate(at, tz)).toBe(dayjs(at).tz(tz).format('YYYY-MM-DD'));
      }),
      { numRuns: 2000 },
    );
  });

  it('get the offset right on both sides of a DST change and at midnight', () => {
    expect(toStamp(new Date('2026-03-29T00:59:59Z'), 'Europe/Berlin')).toBe('2026-03-29T01:59:59+01:00');
    expect(toStamp(new Date('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29T03:00:00+02:00');
    expect(toStamp(new Date('2026-11-22T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-11-23T00:00:00+08:00');
    expect(toLocalDate(new Date('2026-11-22T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-22');
    expect(toStamp(new Date('2026-01-01T00:00:00Z'), 'America/St_Johns')).toBe('2025-12-31T20:30:00-03:30');
  });

  it('reads the wall clock right every ten seconds around offset changes, on quarter hours or not', () => {
    const wall = (at: Date, tz: string) =>
      new Intl.DateTimeFormat('sv-SE', {
        timeZone: tz,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      })
        .format(at)
        .replace(' ', 'T');
    // Berlin's DST starts, Nepal's +05:30 becomes +05:45, Monrovia's −00:44:30 becomes +00:00 at 00:44:30 UTC.
    for (const [from, tz] of [
      ['2026-03-29T00:00:00Z', 'Europe/Berlin'],
      ['1985-12-31T18:00:00Z', 'Asia/Kathmandu'],
      ['1972-01-07T00:00:00Z', 'Africa/Monrovia'],
    ] as const) {
      for (let step = 0; step < 720; step++) {
        const at = new Date(Date.parse(from) + step * 10_000 + 3);
        expect(toStamp(at, tz).slice(0, 19)).toBe(wall(at, tz));
      }
    }
  });

  it('keeps years below 100 (Date.UTC would read them as 1900–1999)', () => {
    expect(toStamp(new Date('0050-06-01T00:00:00Z'), 'UTC')).toBe('0050-06-01T00:00:00+00:00');
  });

  it('answers an invalid date as dayjs does', () => {
    expect(toStamp(new Date(Number.NaN), 'Asia/Shanghai')).toBe(dayjs(new Date(Number.NaN)).tz('Asia/Shanghai').format('YYYY-MM-DDTHH:mm:ssZ'));
  });

  it('keeps what it answered apart by zone and by second, and hands out a new Date each time', () => {
    const at = new Date('2026-11-23T08:00:00.250Z');
    expect(toStamp(at, 'Asia/Shanghai')).toBe('2026-11-23T16:00:00+08:00');
    expect(toStamp(at, 'Europe/Berlin')).toBe('2026-11-23T09:00:00+01:00');
    expect(toStamp(new Date('2026-11-23T08:00:00.999Z'), 'Asia/Shanghai')).toBe('2026-11-23T16:00:00+08:00');
    expect(toStamp(new Date('2026-11-23T08:00:01Z'), 'Asia/Shanghai')).toBe('2026-11-23T16:00:01+08:00');
    expect(fromLocal('2026-11-23', '17:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T09:30:00.000Z');
    expect(fromLocal('2026-11-23', '17:30', 'Europe/Berlin').toISOString()).toBe('2026-11-23T16:30:00.000Z');
    const first = fromLocal('2026-11-23', '17:30', 'Asia/Shanghai');
    first.setTime(0);
    expect(fromLocal('2026-11-23', '17:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T09:30:00.000Z');
  });

  it('fromLocal reads a wall-clock time as dayjs tz does, any day and minute, in any zone', () => {
    const day = fc.integer({ min: 1, max: 47_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const minute = fc.integer({ min: 0, max: 1439 }).map((n) => `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`);
    fc.assert(
      fc.property(day, minute, fc.constantFrom(...ZONES), (date, time, tz) => {
        expect(fromLocal(date, time, tz).getTime()).toBe(dayjs.tz(`${date} ${time}`, tz).toDate().getTime());
      }),
      { numRuns: 3000 },
    );
  });

  it('fromLocal on the days an offset changes: the gap, the repeated hour, and an offset that is not whole hours', () => {
    for (const [date, tz] of [
      ['2026-03-29', 'Europe/Berlin'],
      ['2026-10-25', 'Europe/Berlin'],
      ['2026-03-08', 'America/New_York'],
      ['2026-11-01', 'America/New_York'],
      ['2026-04-05', 'Pacific/Chatham'],
      ['1986-01-01', 'Asia/Kathmandu'],
    ] as const) {
      for (let n = 0; n < 1440; n += 15) {
        const time = `${String(Math.floor(n / 60)).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
        expect(fromLocal(date, time, tz).getTime(), `${date} ${time} ${tz}`).toBe(dayjs.tz(`${date} ${time}`, tz).toDate().getTime());
      }
    }
    expect(fromLocal('2026-11-23', '18:30', 'Asia/Shanghai').toISOString()).toBe('2026-11-23T10:30:00.000Z');
  });
});
