// 节前家书 on the due list (issue 20): the caller's children to write home for before the Spring Festival,
// the Mid-Autumn Festival, the summer holiday or a parent's birthday, nearest first; one click opens a
// letter record for the child. Shown only while there is one.
import { MailOutlined } from '@ant-design/icons';
import { Alert, Button, List, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterOccasion } from '../../../../shared/domain';
import { call } from '../../api';
import type { RecordPreset } from './recordForm';

export function LetterOccasions({ onWrite, version }: { onWrite(preset: RecordPreset): void; version: unknown }) {
  const { t } = useTranslation(['care', 'common']);
  const [occasions, setOccasions] = useState<LetterOccasion[]>([]);

  useEffect(() => {
    call('care.letterOccasions', {}).then(setOccasions, () => setOccasions([]));
  }, [version]);

  const when = (date: string) => {
    const days = dayjs(date).diff(dayjs().startOf('day'), 'day');
    const day = dayjs(date).format(t('letterOccasions.value.dateFormat'));
    return days <= 0 ? t('letterOccasions.value.today', { date: day }) : t('letterOccasions.value.on', { date: day, count: days });
  };

  if (occasions.length === 0) return null;
  return (
    <Alert
      type="warning"
      icon={<MailOutlined />}
      showIcon
      style={{ marginBottom: 12 }}
      title={t('letterOccasions.title')}
      description={
        <List
          size="small"
          dataSource={occasions}
          renderItem={(o) => (
            <List.Item
              actions={[
                <Button key="write" size="small" onClick={() => onWrite({ childId: o.childId, childName: o.childName, kind: 'letter' })}>
                  {t('letterOccasions.action.write')}
                </Button>,
              ]}
            >
              <Space wrap>
                <Typography.Text strong>{o.childName}</Typography.Text>
                <Typography.Text>
                  {o.occasion === 'parent_birthday'
                    ? t('letterOccasions.occasion.parent_birthday', { relation: t(`common:enums.parentRelation.${o.parentRelation ?? 'other'}`) })
                    : t(`letterOccasions.occasion.${o.occasion}`)}
                </Typography.Text>
                <Typography.Text type="secondary">{when(o.date)}</Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
