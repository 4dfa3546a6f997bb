// The days a letter home matters most: the Spring Festival (春节) and the Mid-Autumn Festival (中秋),
// which follow the Chinese lunar calendar, and the start of the summer holiday. The lunar dates come
// from lunar-javascript: the ICU Chinese calendar in Node and Chromium puts the Spring Festival a day
// off the official one in some years (2027-02-07 for 2027-02-06, 2030-02-02 for 2030-02-03).
import { Lunar } from 'lunar-javascript';
import { addDays } from '../room/checkins';

export const LETTER_OCCASIONS = ['spring_festival', 'mid_autumn', 'summer_holiday'] as const;
export type FestivalOccasion = (typeof LETTER_OCCASIONS)[number];

/** 正月初一 of a Gregorian year, as YYYY-MM-DD. */
export function springFestival(year: number): string {
  return Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
}

/** 八月十五 of a Gregorian year, as YYYY-MM-DD. */
export function midAutumn(year: number): string {
  return Lunar.fromYmd(year, 8, 15).getSolar().toYmd();
}

/** The first day of the summer holiday: the day after the spring term ends (Settings, MM-DD). */
export function summerHoliday(year: number, springTermEnd: string): string {
  return addDays(`${year}-${springTermEnd}`, 1);
}

/** Each occasion's next date on or after `today` (this year's, else next year's). */
export function nextOccasions(today: string, springTermEnd: string): { occasion: FestivalOccasion; date: string }[] {
  const year = Number(today.slice(0, 4));
  const next = (of: (y: number) => string) => (of(year) >= today ? of(year) : of(year + 1));
  return [
    { occasion: 'spring_festival', date: next(springFestival) },
    { occasion: 'mid_autumn', date: next(midAutumn) },
    { occasion: 'summer_holiday', date: next((y) => summerHoliday(y, springTermEnd)) },
  ];
}
