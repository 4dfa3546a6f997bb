// Admins manage staff accounts: add teachers, change roles, reset forgotten PINs, archive leavers.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { StaffDialog, type StaffDialogMode } from './StaffDialog';

export function StaffPage() {
  const { t } = useTranslation(['staff', 'common', 'errors']);
  const { message } = App.useApp();
  const [rows, setRows] = useState<StaffMember[]>([]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [dialog, setDialog] = useState<StaffDialogMode | null>(null);

  const load = useCallback(async () => {
    try {
      setRows(await call('staff.list', { includeArchived }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  }, [includeArchived, message, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const archive = async (member: StaffMember) => {
    try {
      await call('staff.archive', { id: member.id });
      message.success(t('list.message.archived', { name: member.name }));
      await load();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Card
      title={t('list.title.main')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('list.action.add')}
        </Button>
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <Switch checked={includeArchived} onChange={setIncludeArchived} aria-label={t('list.filter.archived')} />
        <Typography.Text>{t('list.filter.archived')}</Typography.Text>
      </Space>
      <Table<StaffMember>
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('list.column.name'), dataIndex: 'name' },
          {
            title: t('list.column.role'),
            dataIndex: 'role',
            filters: [{ text: t('list.status.counsellor'), value: 'counsellor' }],
            onFilter: (_, m) => m.counsellor,
            render: (role: StaffMember['role'], m) => (
              <>
                {t(`common:role.${role}`)}
                {m.counsellor && (
                  <Tag color="magenta" style={{ marginLeft: 8 }}>
                    {t('list.status.counsellor')}
                  </Tag>
                )}
              </>
            ),
          },
          {
            title: t('list.column.status'),
            key: 'status',
            render: (_, m) => (
              <>
                {m.archived && <Tag>{t('list.status.archived')}</Tag>}
                {m.lockedUntil && dayjs(m.lockedUntil).isAfter(dayjs()) && <Tag color="red">{t('list.status.locked', { time: dayjs(m.lockedUntil).format('HH:mm') })}</Tag>}
              </>
            ),
          },
          {
            title: t('list.column.actions'),
            key: 'actions',
            render: (_, m) =>
              !m.archived && (
                <Space>
                  <Button size="small" onClick={() => setDialog({ kind: 'edit', member: m })}>
                    {t('list.action.edit')}
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'pin', member: m })}>
                    {t('list.action.resetPin')}
                  </Button>
                  <Popconfirm title={t('list.confirm.archive', { name: m.name })} onConfirm={() => void archive(m)}>
                    <Button size="small" danger>
                      {t('list.action.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
      <StaffDialog
        mode={dialog}
        onClose={(changed) => {
          setDialog(null);
          if (changed) void load();
        }}
      />
    </Card>
  );
}
