// A week as people say it: "第49周（11月30日—12月6日）" / "Week 49 (30 Nov – 6 Dec)". The ISO code
// ('2026-W49') names folders and files and is shown only as a detail. One formatter for every place
// that shows a week: the export screen, its history, the PDF, the schedule's pending list.
import { ISO_WEEK_PATTERN } from './domain/exports';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Monday of an ISO week as a UTC date, or null for a name that is no real week (2027-W53). */
export function isoWeekMonday(week: string): Date | null {
  if (!ISO_WEEK_PATTERN.test(week)) return null;
  const [year = NaN, number = NaN] = week.split('-W').map(Number);
  // Week 1 is the week holding 4 January.
  const jan4 = Date.UTC(year, 0, 4);
  const monday = new Date(jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (number - 1) * 7 * DAY_MS);
  const thursday = new Date(monday.getTime() + 3 * DAY_MS);
  return thursday.getUTCFullYear() === year ? monday : null;
}

/** The week in words in the given language; the ISO code itself when it is not a real week. */
export function weekLabel(week: string, language: 'zh-CN' | 'en'): string {
  const monday = isoWeekMonday(week);
  if (!monday) return week;
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  const number = Number(week.slice(6));
  // The year is named only when the week turns it (2026-W53: 28 Dec 2026 – 3 Jan 2027).
  const turns = monday.getUTCFullYear() !== sunday.getUTCFullYear();
  if (language === 'zh-CN') {
    const day = (d: Date) => `${turns ? `${d.getUTCFullYear()}年` : ''}${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
    return `第${number}周（${day(monday)}—${day(sunday)}）`;
  }
  const day = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}${turns ? ` ${d.getUTCFullYear()}` : ''}`;
  return `Week ${number} (${day(monday)} – ${day(sunday)})`;
}
