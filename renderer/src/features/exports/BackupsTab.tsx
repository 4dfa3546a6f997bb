// 备份与恢复: the daily, weekly and manual copies of the database, "back up now", and restore.
import { CloudDownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFile } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { fileSize, when } from './format';
import { RestoreDialog } from './RestoreDialog';
import { useExports } from './exportsStore';
import { TaskProblem } from './TaskProblem';
import { ListTable } from '../../components/ListTable';

/** The last backup of any kind: a manual one counts as much as the daily one. */
const newest = (files: BackupFile[]) => files.reduce<string | null>((latest, f) => (latest === null || Date.parse(f.createdAt) > Date.parse(latest) ? f.createdAt : latest), null);

export function BackupsTab({ visible, onSchedule }: { visible: boolean; onSchedule(): void }) {
  const { t } = useTranslation(['exports']);
  const { message } = App.useApp();
  const backups = useExports((s) => s.backups);
  const reloadBackups = useExports((s) => s.reloadBackups);
  const backupNow = useExports((s) => s.backupNow);
  const { busy, run } = useBusy();
  const [restoring, setRestoring] = useState<BackupFile | null>(null);

  useEffect(() => {
    if (visible) reloadBackups().catch((e: unknown) => message.error(errorMessage(e)));
  }, [visible, reloadBackups, message]);

  const backUp = async () => {
    await run(async () => {
      const file = await backupNow();
      message.success(t('backups.message.done', { name: file.name }));
    });
  };

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('backups.card.title')}
        extra={
          <Button type="primary" icon={<SaveOutlined />} loading={busy} onClick={() => void backUp()}>
            {t('backups.action.now')}
          </Button>
        }
      >
        {backups && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <TaskProblem status={backups} />
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('backups.field.folder')}>
                <Space>
                  <Typography.Text copyable>{backups.folder}</Typography.Text>
                  <Button size="small" type="link" onClick={onSchedule}>
                    {t('backups.action.changeFolder')}
                  </Button>
                </Space>
              </Descriptions.Item>
              <Descriptions.Item label={t('backups.field.lastSuccess')}>{when(newest(backups.files))}</Descriptions.Item>
              <Descriptions.Item label={t('backups.field.keeps')}>{t('backups.field.keepsText')}</Descriptions.Item>
            </Descriptions>
          </Space>
        )}
      </Card>
      <Card title={t('backups.list.title', { count: backups?.files.length ?? 0 })}>
        <ListTable<BackupFile>
          rowKey="name"
          dataSource={backups?.files ?? []}
          pagination={{ pageSize: 15, hideOnSinglePage: true }}
          empty={t('backups.list.empty')}
          columns={[
            { key: 'name', title: t('backups.column.name'), dataIndex: 'name' },
            { key: 'kind', title: t('backups.column.kind'), render: (_, f) => t(`backups.kind.${f.kind}`) },
            {
              key: 'created',
              title: t('backups.column.created'),
              render: (_, f) => when(f.createdAt),
              sorter: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
            },
            { key: 'size', title: t('backups.column.size'), align: 'right', render: (_, f) => fileSize(f.sizeBytes) },
            {
              key: 'actions',
              title: t('backups.column.actions'),
              render: (_, f) => (
                <Button size="small" type="link" danger icon={<CloudDownloadOutlined />} onClick={() => setRestoring(f)}>
                  {t('backups.action.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <RestoreDialog file={restoring} onClose={() => setRestoring(null)} />
    </Space>
  );
}
