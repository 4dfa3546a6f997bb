// Times are stored as ISO-8601 with the room's offset; dates as YYYY-MM-DD in the room's zone.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

export function toStamp(at: Date, tz: string): string {
  return dayjs(at).tz(tz).format('YYYY-MM-DDTHH:mm:ssZ');
}

export function toLocalDate(at: Date, tz: string): string {
  return dayjs(at).tz(tz).format('YYYY-MM-DD');
}

/** Whole years from birthDate to today (both YYYY-MM-DD); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}
