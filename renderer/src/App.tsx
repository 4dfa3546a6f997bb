// The app's top: first-run wizard until the room is set up, then the kiosk or staff mode.
import { CloseCircleFilled } from '@ant-design/icons';
import dayjs from 'dayjs';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './features/auth/authStore';
import { useIdleLock } from './features/auth/useIdleLock';
import { LoadingRing } from './components/LoadingRing';
import { KioskHome } from './features/kiosk/KioskHome';
import { useSettings } from './features/settings/settingsStore';
import { loadStaffLocales } from './i18n';
import './dayjsLocales';
import { theme } from './theme';
import { askStartup, type StartPhase } from './startup';

// The kiosk is what a child waits on: staff screens and the first-run wizard load on demand, so the
// JavaScript parsed before the kiosk shows is the kiosk's own. The kiosk's own lazy parts (staff sign-in,
// the review's writing page) are declared in KioskHome.tsx.
const SetupWizard = lazy(() => Promise.all([import('./features/setup/SetupWizard'), loadStaffLocales()]).then(([m]) => ({ default: m.SetupWizard })));
const StaffShell = lazy(() => Promise.all([import('./features/shell/StaffShell'), loadStaffLocales()]).then(([m]) => ({ default: m.StaffShell })));

type Phase = 'loading' | StartPhase;

/** `startup`: the answers asked before the first render (main.tsx); `first`: them, if they came before it. */
export function App({ startup, first }: { startup: Promise<StartPhase>; first: StartPhase | undefined }) {
  const { t, i18n } = useTranslation();
  const [phase, setPhase] = useState<Phase>(first ?? 'loading');
  const role = useAuth((s) => s.session.role);
  const settings = useSettings((s) => s.settings);
  useIdleLock(settings?.idleLockMinutes ?? 5);

  useEffect(() => {
    if (first === undefined) void startup.then(setPhase);
  }, [startup, first]);
  const reload = useCallback(() => void askStartup().then(setPhase), []);

  dayjs.locale(i18n.language === 'zh-CN' ? 'zh-cn' : 'en');

  // No antd here: on a room's old PC antd's first render (its theme's tokens, each component's style hooks)
  // is a large part of the kiosk's start, and antd's code of its first download. The staff screens and the
  // wizard bring antd with them (AntdRoot); the loading ring and the failure are plain.
  const kiosk = phase === 'ready' && role === 'kiosk';
  return (
    <>
      {phase === 'loading' && <LoadingRing fill />}
      {phase === 'failed' && (
        <div className="app-failed" role="alert" style={{ fontFamily: theme.token?.fontFamily }}>
          <CloseCircleFilled aria-hidden />
          {t('app.startFailed.title')}
        </div>
      )}
      {kiosk && <KioskHome />}
      <Suspense fallback={<LoadingRing fill />}>
        {phase === 'setup' && <SetupWizard onDone={reload} />}
        {phase === 'ready' && !kiosk && <StaffShell />}
      </Suspense>
    </>
  );
}
