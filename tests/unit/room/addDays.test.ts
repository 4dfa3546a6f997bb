// addDays does its own UTC day arithmetic for ordinary dates (dayjs took a tenth of a loan at the desk):
// it must answer what dayjs answered for any date, including days and months past their end, the turn of
// a year, 29 February, and text that is not a date at all.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../electron/services/room/checkins';

dayjs.extend(utc);
const byDayjs = (date: string, days: number) => dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
const two = (n: number) => String(n).padStart(2, '0');

describe('addDays', () => {
  it('answers as dayjs does for any year, month and day number, forwards and back', () => {
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`);
    fc.assert(
      fc.property(date, fc.integer({ min: -800_000, max: 800_000 }), (d, n) => addDays(d, n) === byDayjs(d, n)),
      { numRuns: 20_000 },
    );
  });

  it('crosses a leap day, a year and a month end, and reads what is not a date as dayjs does', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    for (const odd of ['', 'not a date', '2026-1-5', '2026-11-23T10:00']) expect(addDays(odd, 3)).toBe(byDayjs(odd, 3));
    expect(addDays('2026-11-23', 1.5)).toBe(byDayjs('2026-11-23', 1.5));
  });
});
