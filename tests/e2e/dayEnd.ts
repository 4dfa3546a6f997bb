// The specs run on the real clock, in the room's zone (a new room's, DEFAULT_TIMEZONE), with closing moved
// to 23:59. A test begun in the day's last minutes would meet closing time or midnight halfway (its "today"
// one day, the room's the next), so the room fixture (bridge.ts) starts it in the new day.
import { DEFAULT_TIMEZONE, fromLocal, toLocalDate } from '../../shared/time';

const DAY_MS = 86_400_000;
/** Closing at 23:59, and a minute's margin. */
const MARGIN_MS = 2 * 60_000;

/** How long a test about to start at `nowMs`, given `timeoutMs` to run, waits for the new day: 0, or until 5 s past midnight. */
export function waitForNewDay(nowMs: number, timeoutMs: number): number {
  const tomorrow = toLocalDate(new Date(nowMs + DAY_MS), DEFAULT_TIMEZONE);
  const left = fromLocal(tomorrow, '00:00', DEFAULT_TIMEZONE).getTime() - nowMs;
  return left < timeoutMs + MARGIN_MS ? left + 5_000 : 0;
}
