// The staff session's idle lock, read against a clock that may step.

/** A step back of up to this is the PC's own time sync, not a wrong clock. */
const STEP_BACK_SLACK_MS = 60_000;

/**
 * Whether a signed-in session has been idle too long. A clock that stepped back counts as the idle
 * time having passed: otherwise "last active" lies in the future and the lock never fires.
 */
export function idleExpired(nowMs: number, lastActiveAt: number, idleLockMinutes: number): boolean {
  if (nowMs < lastActiveAt - STEP_BACK_SLACK_MS) return true;
  return nowMs - lastActiveAt > idleLockMinutes * 60_000;
}
