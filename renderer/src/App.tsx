// The app's top: first-run wizard until the room is set up, then the kiosk or staff mode.
import { Alert, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from './features/auth/authStore';
import { useIdleLock } from './features/auth/useIdleLock';
import { KioskHome } from './features/kiosk/KioskHome';
import { useSettings } from './features/settings/settingsStore';
import { call } from './api';
import { loadStaffLocales } from './i18n';
import './dayjsLocales';
import { theme } from './theme';

// The kiosk is what a child waits on: staff screens and the first-run wizard load on demand, so the
// JavaScript parsed before the kiosk shows is the kiosk's own. Every lazy screen is declared here.
const SetupWizard = lazy(() => Promise.all([import('./features/setup/SetupWizard'), loadStaffLocales()]).then(([m]) => ({ default: m.SetupWizard })));
const StaffShell = lazy(() => Promise.all([import('./features/shell/StaffShell'), loadStaffLocales()]).then(([m]) => ({ default: m.StaffShell })));

type Phase = 'loading' | 'setup' | 'ready' | 'failed';

export function App() {
  const { t, i18n } = useTranslation();
  const [phase, setPhase] = useState<Phase>('loading');
  const role = useAuth((s) => s.session.role);
  const refreshSession = useAuth((s) => s.refresh);
  const settings = useSettings((s) => s.settings);
  const loadSettings = useSettings((s) => s.load);
  useIdleLock(settings?.idleLockMinutes ?? 5);

  const load = useCallback(async () => {
    try {
      const status = await call('setup.status', {});
      await loadSettings();
      await refreshSession();
      setPhase(status.isSetUp ? 'ready' : 'setup');
    } catch {
      setPhase('failed');
    }
  }, [loadSettings, refreshSession]);

  useEffect(() => {
    void load();
  }, [load]);

  const zh = i18n.language === 'zh-CN';
  dayjs.locale(zh ? 'zh-cn' : 'en');

  // The kiosk renders outside antd's App (message, notification and modal hooks: the staff screens and the
  // wizard bring their own), and the loading ring is plain CSS. On a room's old PC each antd component's
  // first render costs its style hooks, and a child waits on the kiosk's.
  const kiosk = phase === 'ready' && role === 'kiosk';
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      {phase === 'loading' && <div className="app-loading" role="status" aria-label={t('app.loading')} />}
      {/* An Alert, not a Result: Result's pictures would weigh on the kiosk's first download. */}
      {phase === 'failed' && <Alert type="error" showIcon title={t('app.startFailed.title')} style={{ maxWidth: 560, margin: '20vh auto' }} />}
      {kiosk && <KioskHome />}
      <Suspense fallback={<Spin size="large" fullscreen />}>
        {phase === 'setup' && <SetupWizard onDone={() => void load()} />}
        {phase === 'ready' && !kiosk && <StaffShell />}
      </Suspense>
    </ConfigProvider>
  );
}
