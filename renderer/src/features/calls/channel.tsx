// Which of the room's devices a call is on: the phone or the video computer, as an icon and a word
// (the queue, the log, a child's history) and as a choice when booking or logging one.
import { PhoneOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CALL_CHANNELS, type CallChannel } from '../../../../shared/domain';
import { useSettings } from '../settings/settingsStore';

export const CHANNEL_ICON: Record<CallChannel, typeof PhoneOutlined> = { phone: PhoneOutlined, video: VideoCameraOutlined };

/** The room has a computer for video calls: only then is there a choice to make or show. */
export const useVideoCallPc = (): boolean => useSettings((s) => s.settings?.videoCallPc ?? false);

export function ChannelLabel({ channel }: { channel: CallChannel }) {
  const { t } = useTranslation('calls');
  const Icon = CHANNEL_ICON[channel];
  return (
    <span className={`call-channel call-channel--${channel}`}>
      <Icon aria-hidden /> {t(`channel.${channel}`)}
    </span>
  );
}

/** 电话 / 视频 in a booking or log form; a room without a video computer books the phone without asking. */
export function ChannelField() {
  const { t } = useTranslation('calls');
  const video = useVideoCallPc();
  if (!video) return null;
  return (
    <Form.Item name="channel" label={t('field.channel')}>
      <Radio.Group optionType="button" buttonStyle="solid" options={CALL_CHANNELS.map((c) => ({ value: c, label: <ChannelLabel channel={c} /> }))} />
    </Form.Item>
  );
}
