// The activities as a table: what, when, where, who leads it, how full; admins add, edit and archive.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popconfirm, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type Activity } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useAuth } from '../auth/authStore';
import { ActivityDetailDrawer } from './ActivityDetailDrawer';
import { ActivityFormDrawer } from './ActivityFormDrawer';
import { KindTag, WhenText } from './labels';
import { useActivities } from './activitiesStore';
import { ListTable } from '../../components/ListTable';

export function ActivitiesTab() {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const isAdmin = useAuth((s) => roleAtLeast(s.session.role, 'admin'));
  const { activities, loading, includeArchived, setIncludeArchived, reload, reloadNotInGroup, open, archive } = useActivities();
  const [editing, setEditing] = useState<Activity | null | undefined>(undefined);
  const [detailOpen, setDetailOpen] = useState(false);

  useEffect(() => {
    reload().catch((e: unknown) => message.error(errorMessage(e)));
    reloadNotInGroup().catch(() => undefined);
  }, [reload, reloadNotInGroup, message]);

  const show = async (activity: Activity) => {
    try {
      await open(activity.id);
      setDetailOpen(true);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const doArchive = async (activity: Activity) => {
    try {
      await archive(activity.id);
      message.success(t('list.message.archived', { title: activity.title }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
          {t('list.filter.archived')}
        </Checkbox>
        {isAdmin && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('list.action.add')}
          </Button>
        )}
      </Space>
      <ListTable<Activity>
        size="middle"
        loading={loading}
        dataSource={activities}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(activity) => ({ onDoubleClick: () => void show(activity) })}
        columns={[
          {
            title: t('list.column.title'),
            dataIndex: 'title',
            sorter: (a, b) => a.title.localeCompare(b.title, 'zh-CN'),
            render: (_, a) => (
              <Typography.Link onClick={() => void show(a)}>
                {a.title}
                {a.archived && <Typography.Text type="secondary"> {t('list.label.archived')}</Typography.Text>}
              </Typography.Link>
            ),
          },
          {
            title: t('list.column.kind'),
            dataIndex: 'kind',
            filters: (['weekend', 'group'] as const).map((k) => ({ text: t(`shared.kind.${k}`), value: k })),
            onFilter: (value, a) => a.kind === value,
            render: (_, a) => <KindTag kind={a.kind} />,
          },
          { title: t('list.column.when'), key: 'when', render: (_, a) => <WhenText activity={a} /> },
          { title: t('list.column.place'), dataIndex: 'place', render: (_, a) => a.place ?? '—' },
          { title: t('list.column.teacher'), dataIndex: 'teacherName', render: (_, a) => a.teacherName ?? '—' },
          {
            title: t('list.column.enrolled'),
            key: 'enrolled',
            sorter: (a, b) => a.enrolled / a.capacity - b.enrolled / b.capacity,
            render: (_, a) => `${a.enrolled} / ${a.capacity}`,
          },
          { title: t('list.column.waiting'), dataIndex: 'waiting', sorter: (a, b) => a.waiting - b.waiting },
          ...(isAdmin
            ? [
                {
                  title: t('list.column.actions'),
                  key: 'actions',
                  render: (_: unknown, a: Activity) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(a)}>
                        {t('list.action.edit')}
                      </Button>
                      {!a.archived && (
                        <Popconfirm title={t('list.confirm.archive', { title: a.title })} onConfirm={() => void doArchive(a)}>
                          <Button size="small" danger>
                            {t('list.action.archive')}
                          </Button>
                        </Popconfirm>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ActivityFormDrawer open={editing !== undefined} activity={editing ?? null} onClose={() => setEditing(undefined)} />
      <ActivityDetailDrawer open={detailOpen} onClose={() => setDetailOpen(false)} />
    </>
  );
}
