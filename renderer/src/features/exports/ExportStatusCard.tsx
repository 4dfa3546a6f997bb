// Whether the scheduled export keeps up: the folder, the weeks still owed, and the last problem in
// plain words (most often a USB drive that is not plugged in; the app retries by itself).
import { Alert, Button, Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { when } from './format';
import { useExports } from './store';
import { TaskProblem } from './TaskProblem';

export function ExportStatusCard({ onSchedule }: { onSchedule(): void }) {
  const { t } = useTranslation(['exports']);
  const status = useExports((s) => s.status);
  if (!status) return null;

  return (
    <Card title={t('status.card.title')}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <TaskProblem status={status} />
        {status.folder === '' && (
          <Alert
            type="info"
            showIcon
            title={t('status.schedule.off')}
            action={
              <Button size="small" onClick={onSchedule}>
                {t('status.action.schedule')}
              </Button>
            }
          />
        )}
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('status.field.folder')}>{status.folder || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('status.field.lastSuccess')}>{when(status.lastSuccessAt)}</Descriptions.Item>
          <Descriptions.Item label={t('status.field.pending')}>
            {status.pendingWeeks.length === 0 ? t('status.pending.none') : status.pendingWeeks.map((w) => <Tag key={w} color="orange">{w}</Tag>)}
          </Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}
