// One line of the growth file's timeline: what happened, who was there, and for a care record its
// particulars and text (a counselling record shows only that it exists to a non-counsellor).
import { Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { callMinutes } from '../calls/format';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, LEAVE_MODES, type CallOutcome, type LeaveMode, type TimelineEntry, type TimelineKind } from '../../../../shared/domain';
import { RecordParticulars, RecordText } from './labels';

export const TIMELINE_COLORS: Record<TimelineKind, string> = {
  care: 'red',
  checkin: 'green',
  call: 'blue',
  loan: 'orange',
  activity: 'purple',
};

/** An ISO stamp shows its time; a local date shows the day only. */
export function whenOf(at: string): string {
  return at.includes('T') ? dayjs(at).format('YYYY-MM-DD HH:mm') : at;
}

const isOutcome = (v: string): v is CallOutcome => (CALL_OUTCOMES as readonly string[]).includes(v);
const isLeaveMode = (v: string): v is LeaveMode => (LEAVE_MODES as readonly string[]).includes(v);
const ATTENDANCE = ['enrolled', 'present', 'absent'] as const;
const isAttendance = (v: string): v is (typeof ATTENDANCE)[number] => (ATTENDANCE as readonly string[]).includes(v);

/** The entry's headline and its second line, worded by kind (shared/domain/care.ts TimelineEntry). */
function useWording(entry: TimelineEntry): { headline: string; detail: string | null } {
  const { t } = useTranslation(['care', 'calls', 'room', 'common']);
  const { kind, title, detail } = entry;
  switch (kind) {
    case 'care':
      return { headline: entry.record ? t(`care:shared.kind.${entry.record.kind}`) : title, detail: null };
    case 'checkin': {
      const left = title ? t('care:growth.value.left', { time: dayjs(title).format('HH:mm') }) : t('care:growth.value.inRoom');
      return { headline: left, detail: detail && isLeaveMode(detail) ? t(`room:leave.${detail}`) : detail };
    }
    case 'call': {
      // Whom, how long and (for a video call only: the phone is the usual way) how: "和妈妈通话 · 已通话 · 5 分钟 · 视频".
      const outcome = isOutcome(title) ? t(`calls:outcome.${title}`) : title;
      const parts = entry.call
        ? [
            t('care:growth.value.callWith', { relation: t(`common:enums.parentRelation.${entry.call.relation}`) }),
            outcome,
            entry.call.durationSeconds === null ? null : t('calls:history.value.minutes', { minutes: callMinutes(entry.call.durationSeconds) }),
            entry.call.channel === 'video' ? t('calls:channel.video') : null,
          ]
        : [outcome];
      return { headline: parts.filter(Boolean).join(' · '), detail };
    }
    case 'loan':
      return {
        headline: `《${title}》`,
        detail: detail ? t('care:growth.value.returned', { date: dayjs(detail).format('YYYY-MM-DD') }) : t('care:growth.value.onLoan'),
      };
    case 'activity':
      return { headline: title, detail: detail && isAttendance(detail) ? t(`care:growth.attendance.${detail}`) : detail };
  }
}

export function TimelineItemContent({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation(['care']);
  const { headline, detail } = useWording(entry);

  return (
    <div className="care-growth__entry">
      <Space size={6} wrap>
        <Tag color={TIMELINE_COLORS[entry.kind]}>{t(`care:growth.kind.${entry.kind}`)}</Tag>
        <Typography.Text strong>{headline}</Typography.Text>
        {entry.staffName && <Typography.Text type="secondary">{t('care:growth.value.by', { name: entry.staffName })}</Typography.Text>}
        {entry.record?.voidedAt && <Tag>{t('care:records.value.voided', { reason: entry.record.voidReason ?? '' })}</Tag>}
      </Space>
      {entry.record ? (
        <div>
          <Typography.Text type="secondary">
            <RecordParticulars record={entry.record} />
          </Typography.Text>
          <div>
            <RecordText record={entry.record} />
          </div>
        </div>
      ) : (
        detail && <div>{detail}</div>
      )}
    </div>
  );
}
