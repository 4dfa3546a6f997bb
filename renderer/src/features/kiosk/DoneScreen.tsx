// The "you did it" screen after checking in or out; it goes back to the start by itself or on a tap.
// A child who checks in on her birthday is wished a happy birthday.
import { ClockCircleTwoTone, GiftTwoTone, HomeTwoTone, SmileTwoTone } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskCheckResult } from '../../../../shared/domain';
import { useTicker } from '../../components/useTicker';
import { useSettings } from '../settings/settingsStore';
import { Bubble } from './parts';
import { seeYou } from './seeYou';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';

const DEFAULT_RETURN_SECONDS = 5;
const BIRTHDAY_STYLE = { margin: 0, fontSize: 56, fontWeight: 800, color: '#fff3bf' } as const;

export function DoneScreen({ result }: { result: KioskCheckResult }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const { t: tKiosk } = useTranslation('kiosk');
  const goodbye = result.action === 'checked_out' ? seeYou(tKiosk, result.at, result.nextOpenDate) : null;
  const home = useKiosk((s) => s.home);
  const seconds = useSettings((s) => s.settings?.kioskReturnSeconds ?? DEFAULT_RETURN_SECONDS);
  const [shownAt] = useState(() => Date.now());
  const now = useTicker(250);
  const left = Math.max(0, Math.ceil(seconds - (now - shownAt) / 1000));
  const kind = result.action === 'checked_in' ? 'checkedIn' : result.action === 'held' ? 'held' : 'checkedOut';
  const birthday = result.action === 'checked_in' && result.birthday;
  const icon = birthday ? (
    <GiftTwoTone twoToneColor="#e64980" />
  ) : kind === 'checkedIn' ? (
    <SmileTwoTone twoToneColor="#2f9e44" />
  ) : kind === 'held' ? (
    <ClockCircleTwoTone twoToneColor="#1971c2" />
  ) : (
    <HomeTwoTone twoToneColor="#e8590c" />
  );

  useEffect(() => {
    const timer = window.setTimeout(home, seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [home, seconds]);

  return (
    <main className={`kiosk-done kiosk-done--${kind}`} onClick={home}>
      <Bubble size={200} background="#fff" icon={icon} />
      <h1 className="kiosk-done__title">{t(`done.title.${kind}`, { name: result.name })}</h1>
      {birthday && <p style={BIRTHDAY_STYLE}>{t('done.birthday.title')}</p>}
      <p className="kiosk-done__message">{birthday ? t('done.birthday.message') : goodbye ? t('done.message.checkedOutUntil', { seeYou: goodbye }) : t(`done.message.${kind}`)}</p>
      <p className="kiosk-done__time">{t(`done.time.${kind}`, { time: dayjs(result.at).format('HH:mm') })}</p>
      <KioskButton className="kiosk-done__ok" onClick={home}>
        {t('done.action.ok')}
      </KioskButton>
      <p className="kiosk-done__countdown">{t('done.countdown.text', { seconds: left })}</p>
    </main>
  );
}
