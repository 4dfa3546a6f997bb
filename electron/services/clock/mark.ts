// The newest moment the app has seen. A PC clock earlier than it is wrong (a dead CMOS battery, a
// BIOS reset to 2000-01-01); one far ahead of it (more than Settings.clockHolidayDays) is suspect
// until a teacher confirms the date. Kept in memory per database, since dispatch runs on every kiosk
// tap: read once at start (the saved mark, the newest audit row and bundle), raised and saved (under
// its own setting key) by the one-minute scheduled tick while the clock is believable, and by a
// teacher's confirmation. Not raised by each command: the tick keeps it at most a minute behind, and
// the unit tests' rooms (set up on one day, then used on earlier ones) keep working.
import type { Kysely } from 'kysely';
import type { ClockState } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import type { Host } from '../../host';

/** Not a Settings field: the app keeps it for itself. Value: an ISO instant. */
export const CLOCK_MARK_KEY = 'clockMark';
export const DAY_MS = 86_400_000;
/** No record can be older than this: a BIOS reset to 2000-01-01 is behind, even in a new room. */
export const EARLIEST_MS = Date.UTC(2001, 0, 1);
/** A clock this little behind (the PC's own time sync) only holds stamps back; it is not called wrong. */
export const BEHIND_SLACK_MS = 10 * 60_000;

export interface ClockMark {
  /** The newest moment seen, ms; 0 in a new room, which has seen nothing yet. */
  readonly ms: number;
  /** What the setting row holds, ms (0 when there is none). */
  readonly savedMs: number;
  /** Moves the mark up to `at` unless `at` is suspect (far ahead): a wrong clock never raises it. */
  raise(at: number, holidayDays: number): void;
  /** Sets the mark to `at`, up or down: a teacher confirmed the date (down: an admin, after a wrong confirmation). */
  accept(at: number): void;
  saved(ms: number): void;
}

export function stateOf(mark: ClockMark, at: number, holidayDays: number): ClockState {
  if (mark.ms === 0) return at < EARLIEST_MS ? 'behind' : 'ok';
  if (at < mark.ms - BEHIND_SLACK_MS) return 'behind';
  if (at > mark.ms + holidayDays * DAY_MS) return 'ahead';
  return 'ok';
}

function createMark(initial: number, savedMs: number): ClockMark {
  let ms = initial;
  let saved = savedMs;
  return {
    get ms() {
      return ms;
    },
    get savedMs() {
      return saved;
    },
    raise(at, holidayDays) {
      if (ms === 0 ? at >= EARLIEST_MS : at > ms && at <= ms + holidayDays * DAY_MS) ms = at;
    },
    accept(at) {
      ms = at;
    },
    saved(value) {
      saved = value;
    },
  };
}

const marks = new WeakMap<Host['sqlite'], Promise<ClockMark>>();

/**
 * The mark of the open database (keyed by its file handle, which commands, their transactions and the
 * scheduled tasks share), read through `db` the first time.
 */
export function clockMarkOf(host: Pick<Host, 'sqlite'>, db: Kysely<Database>, holidayDays: number): Promise<ClockMark> {
  let mark = marks.get(host.sqlite);
  if (!mark) {
    mark = loadMark(db, holidayDays);
    marks.set(host.sqlite, mark);
    // A failed read is tried again by the next caller rather than kept.
    mark.catch(() => marks.delete(host.sqlite));
  }
  return mark;
}

const parse = (stamp: string | null | undefined): number => {
  const ms = stamp ? Date.parse(stamp) : Number.NaN;
  return Number.isNaN(ms) ? 0 : ms;
};

/**
 * The saved mark, raised by the newest audit row and bundle unless they lie far beyond it: rows
 * stamped under a clock that was far ahead and never confirmed must not make a corrected clock "behind".
 */
async function loadMark(db: Kysely<Database>, holidayDays: number): Promise<ClockMark> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', CLOCK_MARK_KEY).executeTakeFirst();
  const savedMs = row ? parse(JSON.parse(row.value) as string) : 0;
  const audit = await db.selectFrom('audit_log').select('created_at').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const bundle = await db.selectFrom('export_run').select('created_at').orderBy('id', 'desc').limit(1).executeTakeFirst();
  let ms = savedMs;
  for (const seen of [parse(audit?.created_at), parse(bundle?.created_at)]) {
    if (savedMs === 0 || seen <= savedMs + holidayDays * DAY_MS) ms = Math.max(ms, seen);
  }
  return createMark(ms, savedMs);
}

/** Writes the mark to its setting row when it moved; no audit row (it moves every minute). */
export async function saveMark(db: Kysely<Database>, mark: ClockMark, stamp: (at: Date) => string): Promise<void> {
  if (mark.ms === mark.savedMs) return;
  const value = JSON.stringify(new Date(mark.ms).toISOString());
  const at = stamp(new Date(mark.ms));
  await db
    .insertInto('setting')
    .values({ key: CLOCK_MARK_KEY, value, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
  mark.saved(mark.ms);
}
