// The screen the app rests on. Children use it without a PIN; staff unlock from its corner.
import { LockOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnlockDialog } from '../auth/UnlockDialog';
import { useSettings } from '../settings/store';
import './kiosk.css';

function useNow(intervalMs: number): dayjs.Dayjs {
  const [now, setNow] = useState(() => dayjs());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(dayjs()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

export function KioskHome() {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const settings = useSettings((s) => s.settings);
  const [unlocking, setUnlocking] = useState(false);
  const now = useNow(30_000);

  return (
    <div className="kiosk">
      <header className="kiosk__top">
        <span className="kiosk__school">{settings?.schoolName}</span>
        <Button size="large" icon={<LockOutlined />} onClick={() => setUnlocking(true)}>
          {t('home.action.staff')}
        </Button>
      </header>
      <main className="kiosk__welcome">
        <div className="kiosk__sun" aria-hidden>☀</div>
        <Typography.Title level={1}>{t('home.title.welcome', { room: settings?.roomName })}</Typography.Title>
        <Typography.Paragraph className="kiosk__clock">{now.format(t('home.clock.format'))}</Typography.Paragraph>
        <Typography.Paragraph className="kiosk__hint">{t('home.hint.askTeacher')}</Typography.Paragraph>
      </main>
      <UnlockDialog open={unlocking} onClose={() => setUnlocking(false)} />
    </div>
  );
}
