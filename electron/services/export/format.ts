// How values look in a sheet: local times to the minute, durations in minutes.
import { toStamp } from '../../../shared/time';

/** A stored stamp as the room's local 'YYYY-MM-DD HH:mm'; null stays empty. */
export function localTime(stamp: string | null, tz: string): string | null {
  if (stamp === null) return null;
  const s = toStamp(new Date(stamp), tz);
  return `${s.slice(0, 10)} ${s.slice(11, 16)}`;
}

/** The local date of a stored stamp. */
export function localDay(stamp: string, tz: string): string {
  return toStamp(new Date(stamp), tz).slice(0, 10);
}

/** Whole minutes between two stamps, or null while the second is missing. */
export function minutesBetween(from: string, to: string | null): number | null {
  if (to === null) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}
