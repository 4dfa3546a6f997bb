// The week picker's rows are Monday-first in both languages; whichever day of a row is clicked, the
// export gets that row's ISO week.
import dayjs from 'dayjs';
import localeData from 'dayjs/plugin/localeData.js';
import '../../../renderer/src/dayjsLocales';
import { afterEach, describe, expect, it } from 'vitest';
import { isoWeekOfRow, lastFullWeek } from '../../../renderer/src/features/exports/week';

const days = (from: string, count: number) => Array.from({ length: count }, (_, i) => dayjs(from).add(i, 'day'));

describe('ISO week of a picked row', () => {
  afterEach(() => {
    dayjs.locale('en');
  });

  it('in Chinese, Monday to Sunday is one ISO week', () => {
    dayjs.locale('zh-cn');
    // 2026-11-16 is the Monday of 2026-W47.
    expect(new Set(days('2026-11-16', 7).map(isoWeekOfRow))).toEqual(new Set(['2026-W47']));
    expect(isoWeekOfRow(dayjs('2026-11-23'))).toBe('2026-W48');
  });

  it('in English too, weeks start on Monday and a clicked Sunday exports its own week', () => {
    dayjs.extend(localeData);
    dayjs.locale('en');
    // The picker draws its rows from the locale's first day of the week.
    expect(dayjs().localeData().firstDayOfWeek()).toBe(1);
    expect(dayjs('2026-11-29').startOf('week').format('YYYY-MM-DD')).toBe('2026-11-23');
    // Sunday 29 Nov 2026 closes 2026-W48 (23–29 Nov), not W49.
    expect(isoWeekOfRow(dayjs('2026-11-29'))).toBe('2026-W48');
    expect(new Set(days('2026-11-23', 7).map(isoWeekOfRow))).toEqual(new Set(['2026-W48']));
  });

  it('names weeks by their ISO year at the turn of the year', () => {
    dayjs.locale('zh-cn');
    expect(isoWeekOfRow(dayjs('2027-01-01'))).toBe('2026-W53');
    expect(isoWeekOfRow(dayjs('2025-12-31'))).toBe('2026-W01');
  });

  it('offers the last full week on any day of this one, in either locale', () => {
    for (const locale of ['zh-cn', 'en']) {
      dayjs.locale(locale);
      // Monday 2026-11-23 to Sunday 2026-11-29 is 2026-W48.
      expect(days('2026-11-23', 7).map((today) => isoWeekOfRow(lastFullWeek(today)))).toEqual(Array(7).fill('2026-W47'));
    }
  });
});
