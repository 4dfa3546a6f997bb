// Whether the scheduled export keeps up: the folder, the weeks still owed, the weeks changed since
// their export (a correction follows), and the last problem in plain words (most often a USB drive
// that is not plugged in; the app retries by itself).
import { Alert, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { when } from './format';
import { useExports } from './exportsStore';
import { TaskProblem } from './TaskProblem';
import { useWeekLabel } from '../../components/WeekName';

function Weeks({ weeks, color, none }: { weeks: string[]; color: string; none: string }) {
  const label = useWeekLabel();
  if (weeks.length === 0) return <>{none}</>;
  return (
    <Space wrap size={[0, 4]}>
      {weeks.map((w) => (
        <Tag key={w} color={color} title={w}>
          {label(w)}
        </Tag>
      ))}
    </Space>
  );
}

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
          <Descriptions.Item label={t('status.field.folder')}>{status.folder || t('status.folder.notSet')}</Descriptions.Item>
          <Descriptions.Item label={t('status.field.lastSuccess')}>{when(status.lastSuccessAt)}</Descriptions.Item>
          <Descriptions.Item label={t('status.field.pending')}>
            {/* With no folder nothing is owed, which is not "all exported". */}
            <Weeks weeks={status.pendingWeeks} color="orange" none={status.folder ? t('status.pending.none') : t('status.pending.noFolder')} />
          </Descriptions.Item>
          <Descriptions.Item label={t('status.field.changed')}>
            <Space orientation="vertical" size={4}>
              <Weeks weeks={status.changedWeeks} color="red" none={t('status.changed.none')} />
              {status.changedWeeks.length > 0 && <Typography.Text type="secondary">{t('status.changed.help')}</Typography.Text>}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Space>
    </Card>
  );
}
