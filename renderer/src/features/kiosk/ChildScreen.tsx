// A child's own screen: her name and avatar, then the one thing she can do now.
import {
  CheckCircleFilled,
  ClockCircleTwoTone,
  CommentOutlined,
  FlagOutlined,
  HomeOutlined,
  HourglassTwoTone,
  PhoneOutlined,
  PhoneTwoTone,
  SmileOutlined,
  VideoCameraOutlined,
  VideoCameraTwoTone,
} from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskChildStatus } from '../../../../shared/domain';
import { useKioskActivities } from './activitiesStore';
import { MyBooks } from './MyBooks';
import { Avatar, ClassText, Problem, ScreenHead } from './parts';
import { seeYou } from './seeYou';
import { closedToHer, useKiosk } from './kioskStore';
import { useLoadPhotos } from './photosStore';
import { useSettings } from '../settings/settingsStore';
import { KioskButton } from './KioskButton';

/** While she waits for her call, the queue moves: look again now and then. */
const REFRESH_MS = 10_000;

export function ChildScreen({ child }: { child: KioskChildStatus }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const checkIn = useKiosk((s) => s.checkIn);
  const openLeave = useKiosk((s) => s.openLeave);
  const openCall = useKiosk((s) => s.openCall);
  const openTalk = useKiosk((s) => s.openTalk);
  const refreshChild = useKiosk((s) => s.refreshChild);
  const openActivities = useKioskActivities((s) => s.open);
  const videoCallPc = useSettings((s) => s.settings?.videoCallPc ?? false);
  const waiting = child.booking !== null;
  useLoadPhotos([child.id]);

  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void refreshChild(), REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [waiting, refreshChild]);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('child.title.hello')} />
      <Problem />
      <section className="kiosk-me">
        <Avatar id={child.id} name={child.name} size={140} />
        <h2 className="kiosk-me__name">{child.name}</h2>
        <p className="kiosk-me__class">
          <ClassText grade={child.grade} classNo={child.classNo} />
        </p>
        <p className="kiosk-me__status">
          {child.checkedInAt ? (
            <>
              <CheckCircleFilled aria-hidden /> {t('child.status.in', { time: dayjs(child.checkedInAt).format('HH:mm') })}
            </>
          ) : child.checkedOutAt ? (
            <GoneHome checkedOutAt={child.checkedOutAt} nextOpenDate={child.nextOpenDate} />
          ) : (
            t('child.status.out')
          )}
        </p>
      </section>

      {closedToHer(child) ? (
        <Closed />
      ) : child.checkedInAt === null ? (
        <div className="kiosk-actions">
          <KioskButton className="kiosk-action kiosk-action--huge" tone="green" disabled={busy} onClick={() => void checkIn()}>
            <SmileOutlined aria-hidden />
            {t('child.action.checkIn')}
          </KioskButton>
        </div>
      ) : (
        <>
          {child.booking && <Booking booking={child.booking} />}
          <div className="kiosk-actions">
            {!child.booking && !videoCallPc && (
              <KioskButton className="kiosk-action" tone="blue" disabled={busy} onClick={() => openCall('phone')}>
                <PhoneOutlined aria-hidden />
                {t('child.action.call')}
              </KioskButton>
            )}
            {/* With the video computer she picks how first: a big picture for those who cannot read yet. */}
            {!child.booking && videoCallPc && (
              <>
                <KioskButton className="kiosk-action" tone="blue" disabled={busy} onClick={() => openCall('phone')}>
                  <span className="kiosk-channel__picture" aria-hidden>
                    <PhoneOutlined />
                  </span>
                  {t('child.action.phone')}
                </KioskButton>
                <KioskButton className="kiosk-action" tone="green" disabled={busy} onClick={() => openCall('video')}>
                  <span className="kiosk-channel__picture" aria-hidden>
                    <VideoCameraOutlined />
                  </span>
                  {t('child.action.video')}
                </KioskButton>
              </>
            )}
            <KioskButton className="kiosk-action" tone="orange" disabled={busy} onClick={openLeave}>
              <HomeOutlined aria-hidden />
              {t('child.action.checkOut')}
            </KioskButton>
          </div>
        </>
      )}
      <div className="kiosk-actions">
        <KioskButton className="kiosk-action" tone="cyan" disabled={busy} onClick={openActivities}>
          <FlagOutlined aria-hidden />
          {t('child.action.activities')}
        </KioskButton>
        <KioskButton className="kiosk-action" tone="purple" disabled={busy} onClick={() => void openTalk()}>
          <CommentOutlined aria-hidden />
          {t('child.action.talk')}
        </KioskButton>
      </div>
      <MyBooks childId={child.id} />
    </main>
  );
}

/** Checked out today: when, and the day the room opens next ("星期一见" on a Friday, from the opening hours). */
function GoneHome({ checkedOutAt, nextOpenDate }: { checkedOutAt: string; nextOpenDate: string | null }) {
  const { t } = useTranslation('kiosk');
  const goodbye = seeYou(t, checkedOutAt, nextOpenDate);
  return (
    <>
      <HomeOutlined aria-hidden /> {t('child.status.checkedOut', { time: checkedOutAt.slice(11, 16) })}
      {goodbye && <span className="kiosk-me__see-you">{goodbye}</span>}
    </>
  );
}

/** After closing time, in place of 签到: a clock for those who cannot read yet, and who to ask. */
function Closed() {
  const { t } = useTranslation('kiosk');
  return (
    <section className="kiosk-booking kiosk-closed" role="status">
      <span className="kiosk-booking__picture" aria-hidden>
        <ClockCircleTwoTone twoToneColor="#e8590c" />
      </span>
      <div>
        <p className="kiosk-booking__title">{t('child.closed.title')}</p>
        <p className="kiosk-booking__hint">{t('child.closed.hint')}</p>
      </div>
    </section>
  );
}

function Booking({ booking }: { booking: NonNullable<KioskChildStatus['booking']> }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const cancelBooking = useKiosk((s) => s.cancelBooking);
  const relation = t(`relation.word.${booking.parentRelation}`);
  const calling = booking.status === 'calling';
  const video = booking.channel === 'video';
  const CallingPicture = video ? VideoCameraTwoTone : PhoneTwoTone;

  return (
    <section className={calling ? 'kiosk-booking kiosk-booking--calling' : 'kiosk-booking'} aria-live="polite">
      <span className="kiosk-booking__picture" aria-hidden>
        {calling ? <CallingPicture twoToneColor="#2f9e44" /> : <HourglassTwoTone twoToneColor="#1971c2" />}
      </span>
      <div>
        <p className="kiosk-booking__title">{calling ? t(video ? 'child.booking.videoCalling' : 'child.booking.calling', { relation }) : t('child.booking.waiting', { position: booking.position })}</p>
        <p className="kiosk-booking__hint">
          {calling ? t(video ? 'child.booking.videoCallingHint' : 'child.booking.callingHint') : t(video ? 'child.booking.videoWaitingHint' : 'child.booking.waitingHint', { relation })}
        </p>
      </div>
      {!calling && (
        <KioskButton className="kiosk-booking__cancel" tone="danger" disabled={busy} onClick={() => void cancelBooking()}>
          {t('child.action.cancelBooking')}
        </KioskButton>
      )}
    </section>
  );
}
