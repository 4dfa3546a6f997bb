// The PC's date as the staff see it: a banner when the clock is behind the newest moment the app has
// seen (scheduled backup and export wait until it is put right), and a dialog asking a teacher to
// confirm the date when it is far ahead (after a long holiday, or a BIOS date a year out).
import { Alert, Button, Modal, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClockStatus } from '../../../../shared/domain';
import { call } from '../../api';
import { useBusy } from '../../components/useBusy';
import { useAuth } from '../auth/authStore';

const CHECK_EVERY_MS = 60_000;
const DAY_MS = 86_400_000;

export function ClockNotice() {
  const { t } = useTranslation();
  const { busy, run } = useBusy();
  const [status, setStatus] = useState<ClockStatus | null>(null);
  const [asked, setAsked] = useState(false);
  const role = useAuth((s) => s.session.role);

  const check = useCallback(() => {
    // A failed check (the idle lock fired) shows nothing: the next one tries again.
    call('clock.status', {}).then(setStatus, () => undefined);
  }, []);
  useEffect(() => {
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [check]);

  if (!status || status.state === 'ok') return null;
  const pcDate = status.today;
  const newestDate = status.newest?.slice(0, 10) ?? '';

  const confirm = () => run(async () => setStatus(await call('clock.confirm', { date: pcDate })));
  if (status.state === 'behind') {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={{ margin: '16px 24px 0' }}
        message={t('clock.behind.title')}
        description={t('clock.behind.body', { pcDate, newestDate })}
        action={
          // Only for the case where the newest moment is what was wrong (a date a year ahead was confirmed).
          role === 'admin' ? (
            <Button size="small" danger loading={busy} onClick={() => void confirm()}>
              {t('clock.behind.dateIsRight', { pcDate })}
            </Button>
          ) : undefined
        }
      />
    );
  }

  const days = status.newest ? Math.floor((Date.parse(status.now) - Date.parse(status.newest)) / DAY_MS) : 0;
  return (
    <>
      <Alert
        type="warning"
        showIcon
        style={{ margin: '16px 24px 0' }}
        message={t('clock.ahead.title')}
        description={t('clock.ahead.banner', { pcDate, newestDate, days })}
        action={
          <Button size="small" onClick={() => setAsked(false)}>
            {t('clock.ahead.review')}
          </Button>
        }
      />
      <Modal
        open={!asked}
        title={t('clock.ahead.title')}
        onCancel={() => setAsked(true)}
        footer={[
          <Button key="fix" onClick={() => setAsked(true)}>
            {t('clock.ahead.notToday')}
          </Button>,
          <Button key="confirm" type="primary" loading={busy} onClick={() => void confirm()}>
            {t('clock.ahead.confirm', { pcDate })}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('clock.ahead.body', { newestDate, days })}</Typography.Paragraph>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>
          {pcDate}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('clock.ahead.why', { holidayDays: status.holidayDays })}</Typography.Paragraph>
      </Modal>
    </>
  );
}
