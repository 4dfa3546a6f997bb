// Small pieces the activities screens show the same way: when it runs, its kind, a sign-up's status.
import { RiseOutlined } from '@ant-design/icons';
import { Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityKind, ActivitySignup, SignupStatus } from '../../../../shared/domain';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An ISO weekday (1 = Monday) from a number or a date. */
export function weekdayOf(value: number | string | null): Weekday {
  const n = typeof value === 'string' ? dayjs(value).day() || 7 : (value ?? 1);
  return WEEKDAYS.find((d) => d === n) ?? 1;
}

const KIND_COLOR: Record<ActivityKind, string> = { weekend: 'orange', group: 'cyan' };
const STATUS_COLOR: Record<SignupStatus, string> = { enrolled: 'green', waiting: 'blue', cancelled: 'default', removed: 'red' };

/** 2026-11-28 周六 09:00–11:00, or 每周三 15:30–16:30（2026-09-01 至 2027-01-15）. */
export function WhenText({ activity }: { activity: Pick<Activity, 'kind' | 'date' | 'weekday' | 'startTime' | 'endTime' | 'termStart' | 'termEnd'> }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const times = `${activity.startTime}–${activity.endTime}`;
  if (activity.kind === 'weekend') {
    const date = activity.date ? `${activity.date} ${t(`shared.weekday.${weekdayOf(activity.date)}`)}` : '';
    return <>{t('shared.when.date', { date, times })}</>;
  }
  const weekday = t(`shared.weekday.${weekdayOf(activity.weekday)}`);
  return (
    <>
      {t('shared.when.weekly', { weekday, times })}
      {activity.termStart && activity.termEnd && <span style={{ color: '#868e96' }}> {t('shared.when.term', { from: activity.termStart, to: activity.termEnd })}</span>}
    </>
  );
}

export function KindTag({ kind }: { kind: ActivityKind }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  return <Tag color={KIND_COLOR[kind]}>{t(`shared.kind.${kind}`)}</Tag>;
}

/** 已报名 / 候补第N位 / 已取消 / 已移除, and 候补转正 when she moved up from the waiting list. */
export function SignupStatusTag({ signup }: { signup: ActivitySignup }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[signup.status]}>{signup.status === 'waiting' ? t('shared.status.waitingAt', { position: signup.position ?? 1 }) : t(`shared.status.${signup.status}`)}</Tag>
      {signup.promotedAt && (
        <Tag color="gold" icon={<RiseOutlined />}>
          {t('shared.status.promoted')}
        </Tag>
      )}
    </Space>
  );
}
