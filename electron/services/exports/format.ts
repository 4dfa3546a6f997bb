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

/** Offsets change on a quarter hour at the finest (a zone's rules), so one lookup serves a quarter. */
const QUARTER_MS = 15 * 60_000;
/** Per zone, by quarter-hour number: a number key, since building a text key per stamp was a sixth of a sheet. */
const offsets = new Map<string, Map<number, number>>();

/** The zone's offset from UTC (ms) at a moment, asked of Intl once per zone and quarter hour. */
function offsetAt(ms: number, tz: string): number {
  let zone = offsets.get(tz);
  if (!zone) offsets.set(tz, (zone = new Map()));
  const quarter = Math.floor(ms / QUARTER_MS);
  let offset = zone.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_MS;
    const parts: Record<string, string> = {};
    for (const p of formatter(tz).formatToParts(new Date(start))) parts[p.type] = p.value;
    offset = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - start;
    // A week's export touches a few hundred quarters; a long-running app must not keep them all.
    if (zone.size >= 20_000) zone.clear();
    zone.set(quarter, offset);
  }
  return offset;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A stored stamp as the room's local 'YYYY-MM-DD HH:mm'; null stays empty. formatToParts costs about
 * 20 µs a call, a third of a district week's export, so the zone's offset is looked up per quarter
 * hour and the wall time computed from it.
 */
export function localTime(stamp: string | null, tz: string): string | null {
  if (stamp === null) return null;
  const ms = Date.parse(stamp);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${stamp}`);
  const d = new Date(ms + offsetAt(ms, tz));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
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
