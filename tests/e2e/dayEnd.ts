// The specs run on the real clock, in the room's zone (Asia/Shanghai, which keeps no summer time), with
// closing moved to 23:59. A test begun in the day's last minutes would meet closing time or midnight
// halfway (its "today" one day, the room's the next), so the room fixture (bridge.ts) starts it in the new day.

const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** Closing at 23:59, and a minute's margin. */
const MARGIN_MS = 2 * 60_000;

/** How long a test about to start at `nowMs`, given `timeoutMs` to run, waits for the new day: 0, or until 5 s past midnight. */
export function waitForNewDay(nowMs: number, timeoutMs: number): number {
  const left = DAY_MS - ((nowMs + SHANGHAI_OFFSET_MS) % DAY_MS);
  return left < timeoutMs + MARGIN_MS ? left + 5_000 : 0;
}
