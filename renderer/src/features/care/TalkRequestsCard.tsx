// On the teacher's home: the children who asked at the kiosk to talk (issue 20), hers (and the
// counsellor's requests for a counsellor), the oldest first. Shown only while someone is waiting.
import { CommentOutlined } from '@ant-design/icons';
import { Alert, Button, List, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain';
import { call } from '../../api';
import { useBusy } from '../../components/useBusy';

export function TalkRequestsCard() {
  const { t } = useTranslation(['care']);
  const [asked, setAsked] = useState<FollowUp[]>([]);
  const { busy, run } = useBusy();

  const load = useCallback(() => call('care.talkRequests', {}).then(setAsked, () => setAsked([])), []);
  useEffect(() => void load(), [load]);

  const done = (id: number) =>
    run(async () => {
      await call('care.completeFollowUp', { id });
      await load();
    });

  if (asked.length === 0) return null;
  return (
    <Alert
      type="info"
      icon={<CommentOutlined />}
      showIcon
      title={t('talk.title', { count: asked.length })}
      description={
        <List
          size="small"
          dataSource={asked}
          renderItem={(f) => (
            <List.Item
              actions={[
                <Button key="done" size="small" loading={busy} onClick={() => void done(f.id)}>
                  {t('care:talk.action.done')}
                </Button>,
              ]}
            >
              <Space>
                <Typography.Text strong>{f.childName}</Typography.Text>
                <Typography.Text>{t(f.reason === 'talk_counsellor' ? 'care:talk.value.counsellor' : 'care:talk.value.teacher')}</Typography.Text>
                <Typography.Text type="secondary">{dayjs().format('YYYY-MM-DD') === f.dueOn ? t('care:talk.value.today') : t('care:talk.value.askedOn', { date: f.dueOn })}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
