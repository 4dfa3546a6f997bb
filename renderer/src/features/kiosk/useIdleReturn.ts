// A sub-screen nobody touches goes back to the start, so the next child finds a clean screen.
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

export function useIdleReturn(active: boolean, ms: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(onIdle, ms);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, ms);
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, touched, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((type) => window.removeEventListener(type, touched));
    };
  }, [active, ms, onIdle]);
}
