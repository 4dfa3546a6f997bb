// Times are stored as ISO-8601 with the room's offset; dates as YYYY-MM-DD in the room's zone.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

// dayjs's tz() builds a new Intl formatter on every call (about half a millisecond): a list of ten
// thousand children took seconds. One cached formatter per zone gives the same text far faster, and
// a zone's offset cached per day spares even that (a day on which it changes is read exactly).
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone, zero-padded; null for an invalid date. */
function wallClock(at: Date, tz: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> | null {
  if (Number.isNaN(at.getTime())) return null;
  let format = formatters.get(tz);
  if (!format) {
    const two = '2-digit';
    format = new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: two, day: two, hour: two, minute: two, second: two });
    formatters.set(tz, format);
  }
  const parts = { year: '', month: '', day: '', hour: '', minute: '', second: '' };
  for (const p of format.formatToParts(at)) if (p.type in parts) parts[p.type as keyof typeof parts] = p.value;
  parts.year = parts.year.padStart(4, '0');
  return parts;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The zone's offset at an instant, in ms, from its wall-clock fields. */
function exactOffset(t: number, tz: string): number {
  const p = wallClock(new Date(t), tz) as NonNullable<ReturnType<typeof wallClock>>;
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const wall = new Date(0).setUTCFullYear(Number(p.year), Number(p.month) - 1, Number(p.day)) + ((Number(p.hour) * 60 + Number(p.minute)) * 60 + Number(p.second)) * 1000;
  return wall - Math.floor(t / 1000) * 1000;
}

const DAY = 86_400_000;
/** Instants from 1970 on take the cached path; earlier ones (fuzzed inputs) the exact one. */
const offsets = new Map<string, Map<number, number | null>>();

/** The offset at an instant, cached per UTC day; null on a day it changes. */
function cachedOffset(t: number, tz: string): number | null {
  let zone = offsets.get(tz);
  if (!zone) offsets.set(tz, (zone = new Map()));
  const day = Math.floor(t / DAY);
  let offset = zone.get(day);
  if (offset === undefined) {
    if (zone.size >= 100_000) zone.clear();
    offset = exactOffset(day * DAY, tz);
    if (exactOffset(day * DAY + DAY - 1000, tz) !== offset) offset = null;
    zone.set(day, offset);
  }
  return offset;
}

/** The stamp's text: wall-clock fields read from the instant moved by the offset. */
function stampOf(t: number, offset: number): string {
  const local = new Date(Math.floor(t / 1000) * 1000 + offset);
  const minutes = Math.round(offset / 60_000);
  const abs = Math.abs(minutes);
  return (
    `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}` +
    `T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}` +
    `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

/** Years 0 to 9999 (a day's margin for the offset); dayjs formats the rest as it always did. */
const FIRST = new Date(0).setUTCFullYear(0, 0, 2);
const LAST = Date.UTC(9999, 11, 30);

// A kiosk tap asks for the same second's stamp and the same day's start and closing time several times
// (the settling of earlier visits, the closing check, the visit and its audit row): the stamps and the
// wall-clock answers are kept (up to a thousand of each), since building each again was a tenth of a
// check-in.
const stamps = new Map<string, Map<number, string>>();
const wallTimes = new Map<string, number>();

export function toStamp(at: Date, tz: string): string {
  const t = at.getTime();
  if (Number.isNaN(t) || t < FIRST || t > LAST) return dayjs(at).tz(tz).format('YYYY-MM-DDTHH:mm:ssZ');
  let zone = stamps.get(tz);
  if (!zone) stamps.set(tz, (zone = new Map()));
  const second = Math.floor(t / 1000);
  let text = zone.get(second);
  if (text === undefined) {
    if (zone.size >= 1000) zone.clear();
    const offset = t >= 0 ? cachedOffset(t, tz) : null;
    zone.set(second, (text = stampOf(t, offset ?? exactOffset(t, tz))));
  }
  return text;
}

export function toLocalDate(at: Date, tz: string): string {
  const t = at.getTime();
  return Number.isNaN(t) || t < FIRST || t > LAST ? dayjs(at).tz(tz).format('YYYY-MM-DD') : toStamp(at, tz).slice(0, 10);
}

/**
 * The instant a wall-clock time names in the zone (date YYYY-MM-DD, time HH:mm), as dayjs.tz reads it.
 * The check-in's closing rules ask it several times a tap; dayjs.tz took a fifth of a check-in. On a
 * day the zone's offset changes (the gap or the repeated hour) dayjs answers, as before.
 */
export function fromLocal(date: string, time: string, tz: string): Date {
  const key = `${date} ${time} ${tz}`;
  let at = wallTimes.get(key);
  if (at === undefined) {
    if (wallTimes.size >= 1000) wallTimes.clear();
    wallTimes.set(key, (at = instantOf(date, time, tz)));
  }
  return new Date(at);
}

function instantOf(date: string, time: string, tz: string): number {
  const [y = NaN, m = NaN, d = NaN] = date.split('-').map(Number);
  const [hh = NaN, mm = NaN] = time.split(':').map(Number);
  const wall = new Date(0).setUTCFullYear(y, m - 1, d) + (hh * 60 + mm) * 60_000;
  if (wall >= DAY && wall <= LAST) {
    const offset = cachedOffset(wall, tz);
    if (offset !== null && cachedOffset(wall - offset, tz) === offset) return wall - offset;
  }
  return dayjs.tz(`${date} ${time}`, tz).valueOf();
}

/** Whole years from birthDate to today (both YYYY-MM-DD); a 29 February birthday counts on 1 March. */
export function ageOn(birthDate: string, today: string): number {
  const [by = NaN, bm = NaN, bd = NaN] = birthDate.split('-').map(Number);
  const [ty = NaN, tm = NaN, td = NaN] = today.split('-').map(Number);
  let age = ty - by;
  if (tm < bm || (tm === bm && td < bd)) age -= 1;
  return age;
}
