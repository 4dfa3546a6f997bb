// After she chose how she leaves: a big 撤销 for a few seconds before the check-out counts, for the
// child who tapped 签退 by mistake. Nothing is recorded until the countdown ends or she taps 好了.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTicker } from '../../components/useTicker';
import { Problem } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';

export const UNDO_SECONDS = 10;

export function UndoScreen({ name }: { name: string }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const confirm = useKiosk((s) => s.confirmCheckOut);
  const undo = useKiosk((s) => s.undoCheckOut);
  const [shownAt] = useState(() => Date.now());
  const now = useTicker(250);
  const left = Math.max(0, Math.ceil(UNDO_SECONDS - (now - shownAt) / 1000));

  useEffect(() => {
    const timer = window.setTimeout(() => void confirm(), UNDO_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [confirm]);

  return (
    <main className="kiosk-screen kiosk-undo">
      <h1 className="kiosk-head__title">{t('undo.title.leaving', { name })}</h1>
      <Problem />
      <CountdownRing left={left} />
      <p className="kiosk-undo__countdown">{t('undo.hint.countdown', { seconds: left })}</p>
      <KioskButton className="kiosk-action kiosk-action--huge" tone="red" disabled={busy} onClick={undo}>
        {t('undo.action.undo')}
      </KioskButton>
      <KioskButton className="kiosk-undo__ok" disabled={busy} onClick={() => void confirm()}>
        {t('undo.action.ok')}
      </KioskButton>
    </main>
  );
}

/** The circumference of the ring's circle (r = 45 in a 100 × 100 box). */
const RING = 2 * Math.PI * 45;

/** The seconds left, in a ring that empties as they go: drawn as antd's circle Progress was, without its
 * tooltip machinery in the kiosk's first download. */
function CountdownRing({ left }: { left: number }) {
  return (
    <div className="kiosk-ring" aria-hidden>
      <svg viewBox="0 0 100 100">
        <circle className="kiosk-ring__rail" r="45" cx="50" cy="50" />
        <circle className="kiosk-ring__left" r="45" cx="50" cy="50" style={{ strokeDashoffset: RING * (1 - left / UNDO_SECONDS), opacity: left > 0 ? 1 : 0 }} />
      </svg>
      <span className="kiosk-ring__number">{left}</span>
    </div>
  );
}
