/** Whole minutes of a call, one rule for the message and the log: nearest minute, a call that connected at all is at least 1. */
export function callMinutes(seconds: number): number {
  return seconds > 0 ? Math.max(1, Math.round(seconds / 60)) : 0;
}
