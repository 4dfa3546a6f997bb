// 参加活动 at the kiosk: one big card per activity she may join — what, when, where, how many
// places are left — with her own status on it and one big button: sign up, or cancel.
import { CheckCircleFilled, ClockCircleOutlined, EnvironmentOutlined, HourglassOutlined, HourglassTwoTone, StarTwoTone, TeamOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskActivity, KioskChildStatus } from '../../../../shared/domain';
import { useKioskActivities } from './activitiesStore';
import { Problem, ScreenHead } from './parts';
import { useKiosk } from './kioskStore';
import { KioskButton } from './KioskButton';
import './activities.css';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

function weekdayOf(n: number | null): (typeof WEEKDAYS)[number] {
  return WEEKDAYS.find((d) => d === n) ?? 1;
}

export function ActivitiesScreen({ child }: { child: KioskChildStatus }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const { childId, activities, loading, load } = useKioskActivities();
  const list = childId === child.id ? activities : [];

  useEffect(() => {
    void load(child.id);
  }, [child.id, load]);

  return (
    <main className="kiosk-screen">
      <ScreenHead title={t('activities.title.pick')} />
      <Problem />
      {list.length === 0 ? (
        !loading && <p className="kiosk-empty">{t('activities.empty.none')}</p>
      ) : (
        <section className="kiosk-activities">
          {list.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} />
          ))}
        </section>
      )}
    </main>
  );
}

function ActivityCard({ activity }: { activity: KioskActivity }) {
  const { t } = useTranslation(['kiosk', 'common', 'errors']);
  const busy = useKiosk((s) => s.busy);
  const { signUp, cancel } = useKioskActivities();
  const { mine } = activity;
  const times = `${activity.startTime}–${activity.endTime}`;
  const when =
    activity.kind === 'weekend' && activity.date
      ? t('activities.when.date', { date: dayjs(activity.date).format(t('activities.date.format')), times })
      : t('activities.when.weekly', { weekday: t(`activities.weekday.${weekdayOf(activity.weekday)}`), times });
  const className = mine ? `kiosk-activity kiosk-activity--${mine.status}` : 'kiosk-activity';

  return (
    <section className={className} aria-label={activity.title}>
      <div className="kiosk-activity__body">
        <p className="kiosk-activity__kind">{t(`activities.kind.${activity.kind}`)}</p>
        <h2 className="kiosk-activity__title">{activity.title}</h2>
        <p className="kiosk-activity__line">
          <ClockCircleOutlined aria-hidden /> {when}
        </p>
        {activity.place && (
          <p className="kiosk-activity__line">
            <EnvironmentOutlined aria-hidden /> {activity.place}
          </p>
        )}
        {!mine && (
          <p className="kiosk-activity__line">
            <TeamOutlined aria-hidden /> {activity.spotsLeft > 0 ? t('activities.spots.left', { count: activity.spotsLeft }) : t('activities.spots.full')}
          </p>
        )}
        {activity.signupClosesAt && (
          <p className="kiosk-activity__line">
            <HourglassOutlined aria-hidden /> {t('activities.closes', { when: dayjs(activity.signupClosesAt).format(t('activities.closesFormat')) })}
          </p>
        )}
        {activity.description && <p className="kiosk-activity__description">{activity.description}</p>}
      </div>
      <div className="kiosk-activity__side" aria-live="polite">
        {mine && (
          <p className="kiosk-activity__status">
            {mine.status === 'enrolled' ? (
              <>
                <CheckCircleFilled aria-hidden /> {t('activities.status.enrolled')}
              </>
            ) : (
              <>
                <HourglassTwoTone twoToneColor="#1971c2" aria-hidden /> {t('activities.status.waiting', { position: mine.position ?? 1 })}
              </>
            )}
          </p>
        )}
        {mine ? (
          <KioskButton className="kiosk-activity__cancel" tone="danger" disabled={busy} onClick={() => void cancel(activity.id)}>
            {t('activities.action.cancel')}
          </KioskButton>
        ) : (
          <KioskButton className="kiosk-action kiosk-activity__join" tone="green" disabled={busy} onClick={() => void signUp(activity.id)}>
            <StarTwoTone twoToneColor="#ffd43b" aria-hidden />
            {/* A full activity takes her on the waiting list: the button says so. */}
            {activity.spotsLeft > 0 ? t('activities.action.signUp') : t('activities.action.signUpWaiting')}
          </KioskButton>
        )}
      </div>
    </section>
  );
}
