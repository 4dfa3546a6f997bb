// The state of one window's session: who is signed in and when they last did something.
// Kept by the transport (one per window, or one per Playwright page), passed to every dispatch.
import type { SessionInfo } from '../shared/domain';

export interface Session extends SessionInfo {
  lastActiveAt: number;
}

export function kioskSession(now = Date.now()): Session {
  return { role: 'kiosk', staffId: null, staffName: null, lastActiveAt: now };
}

export function sessionInfo(s: Session): SessionInfo {
  return { role: s.role, staffId: s.staffId, staffName: s.staffName };
}
