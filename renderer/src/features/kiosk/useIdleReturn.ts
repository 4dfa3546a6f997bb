// A sub-screen nobody touches goes back to the start, so the next child finds a clean screen.
// Writing counts as touching: a Chinese IME, a handwriting pad or an on-screen keyboard sends input
// and composition events, often without a single keydown.
import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'compositionstart', 'compositionupdate', 'compositionend'] as const;

export function useIdleReturn(active: boolean, ms: number, onIdle: () => void): void {
  useEffect(() => {
    if (!active) return;
    let timer = window.setTimeout(onIdle, ms);
    const touched = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, ms);
    };
    ACTIVITY.forEach((type) => window.addEventListener(type, touched, { passive: true, capture: true }));
    return () => {
      window.clearTimeout(timer);
      ACTIVITY.forEach((type) => window.removeEventListener(type, touched, { capture: true }));
    };
  }, [active, ms, onIdle]);
}
