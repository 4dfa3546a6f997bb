// Locks staff mode after N idle minutes. The main process enforces the same limit; this hook makes
// the screen follow it, and tells the main process the teacher is still busy while she works.
import { useEffect } from 'react';
import { call } from '../../api';
import { useAuth } from './authStore';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'pointermove'] as const;
const CHECK_EVERY_MS = 15_000;

export function useIdleLock(idleMinutes: number): void {
  const role = useAuth((s) => s.session.role);
  const lock = useAuth((s) => s.lock);

  useEffect(() => {
    if (role === 'kiosk') return;
    let lastActivity = Date.now();
    let lastPing = Date.now();
    const onActivity = () => (lastActivity = Date.now());
    ACTIVITY_EVENTS.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity > idleMinutes * 60_000) {
        void lock();
      } else if (lastActivity > lastPing) {
        lastPing = now;
        void call('auth.session', {});
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      ACTIVITY_EVENTS.forEach((e) => window.removeEventListener(e, onActivity));
    };
  }, [role, idleMinutes, lock]);
}
