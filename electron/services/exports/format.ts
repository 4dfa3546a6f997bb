// How values look in a sheet: local times to the minute, durations in minutes. A week has thousands
// of stamps, so they are converted with one cached Intl formatter per zone rather than dayjs.tz,
// which builds a new formatter on every call (a second per thousand rows).

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** A stored stamp as the room's local 'YYYY-MM-DD HH:mm'; null stays empty. */
export function localTime(stamp: string | null, tz: string): string | null {
  if (stamp === null) return null;
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(new Date(stamp))) parts[p.type] = p.value;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The local date of a stored stamp. */
export function localDay(stamp: string, tz: string): string {
  return (localTime(stamp, tz) ?? '').slice(0, 10);
}

/** Whole minutes between two stamps, or null while the second is missing. */
export function minutesBetween(from: string, to: string | null): number | null {
  if (to === null) return null;
  return Math.round((Date.parse(to) - Date.parse(from)) / 60_000);
}
