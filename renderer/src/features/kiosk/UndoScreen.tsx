// After she chose how she leaves: a big 撤销 for a few seconds before the check-out counts, for the
// child who tapped 签退 by mistake. Nothing is recorded until the countdown ends or she taps 好了.
import { Progress } from 'antd';
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
      <Progress type="circle" percent={(left / UNDO_SECONDS) * 100} format={() => left} size={160} strokeWidth={10} aria-hidden />
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
