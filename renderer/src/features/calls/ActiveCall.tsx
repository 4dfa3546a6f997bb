// A call in progress on one device: the number to dial, a countdown to the room's call-length limit, and End.
import { Button, Card, Descriptions, Progress, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { QueueEntry } from '../../../../shared/domain';
import { useTicker } from '../../components/useTicker';
import { CHANNEL_ICON, ChannelLabel, useVideoCallPc } from './channel';

interface Props {
  entry: QueueEntry;
  limitMinutes: number;
  onEnd(): void;
}

export function ActiveCall({ entry, limitMinutes, onEnd }: Props) {
  const { t } = useTranslation(['calls', 'common']);
  const now = useTicker(1000);
  const video = useVideoCallPc();
  const Icon = CHANNEL_ICON[entry.channel];
  const named = video || entry.channel === 'video';
  const elapsed = Math.max(0, Math.floor((now - dayjs(entry.callStartedAt).valueOf()) / 1000));
  const left = limitMinutes * 60 - elapsed;
  const mmss = (s: number) => `${Math.floor(Math.abs(s) / 60)}:${String(Math.abs(s) % 60).padStart(2, '0')}`;

  return (
    <Card
      className={`call-active call-active--${entry.channel}`}
      title={
        <span>
          {/* Two calls may run at once: the device comes first, where the teacher's eye lands. */}
          {named ? <ChannelLabel channel={entry.channel} /> : <Icon />}
          {named ? ' · ' : ' '}
          {t('calls:active.title.main', { name: entry.childName })}
        </span>
      }
      style={{ borderColor: left < 0 ? '#e03131' : '#2f9e44', marginBottom: 16 }}
      extra={
        <Button type="primary" danger size="large" onClick={onEnd}>
          {t('calls:active.action.end')}
        </Button>
      }
    >
      <Descriptions column={3}>
        <Descriptions.Item label={t('calls:queue.column.parent')}>{[t(`common:enums.parentRelation.${entry.parentRelation}`), entry.parentName].filter(Boolean).join(' · ')}</Descriptions.Item>
        <Descriptions.Item label={t('calls:queue.column.phone')}>
          <Typography.Text strong style={{ fontSize: 20 }} copyable>
            {entry.phone}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={left >= 0 ? t('calls:active.label.left') : t('calls:active.label.over')}>
          <Typography.Text strong type={left < 60 ? 'danger' : undefined} style={{ fontSize: 20 }}>
            {mmss(left)}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Progress percent={Math.min(100, Math.round((elapsed / (limitMinutes * 60)) * 100))} showInfo={false} status={left < 0 ? 'exception' : 'active'} />
    </Card>
  );
}
