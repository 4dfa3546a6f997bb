// 跟进事项: what a record asked to do again ("low mood, talk again in a week") and what the app raised
// by itself (a parent not reached on three calls in a row), until someone marks it done.
import { CheckOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Segmented, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { FollowUpNote } from './labels';
import { useCare, type Scope } from './careStore';
import { ListTable } from '../../components/ListTable';

export function FollowUpsTab() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const { followUps, followUpScope, includeDone, setFollowUpFilter, loadFollowUps } = useCare();
  const [completing, setCompleting] = useState<FollowUp | null>(null);

  useEffect(() => {
    loadFollowUps().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadFollowUps, message]);

  const filter = (scope: Scope, done: boolean) => setFollowUpFilter(scope, done).catch((e: unknown) => message.error(errorMessage(e)));
  const late = (f: FollowUp) => !f.doneAt && dayjs(f.dueOn).isBefore(dayjs(), 'day');

  return (
    <>
      <Space style={{ marginBottom: 12 }} size="large">
        <Segmented<Scope>
          aria-label={t('followUps.filter.scope')}
          value={followUpScope}
          onChange={(scope) => void filter(scope, includeDone)}
          options={[
            { value: 'mine', label: t('followUps.filter.mine') },
            { value: 'all', label: t('followUps.filter.all') },
          ]}
        />
        <Space>
          <Switch checked={includeDone} onChange={(done) => void filter(followUpScope, done)} aria-label={t('followUps.filter.includeDone')} />
          <Typography.Text>{t('followUps.filter.includeDone')}</Typography.Text>
        </Space>
      </Space>
      <ListTable<FollowUp>
        dataSource={followUps}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        empty={t('followUps.empty.none')}
        columns={[
          { title: t('followUps.column.child'), dataIndex: 'childName', sorter: (a, b) => a.childName.localeCompare(b.childName, 'zh-CN') },
          { title: t('followUps.column.note'), key: 'note', render: (_, f) => <FollowUpNote followUp={f} /> },
          {
            title: t('followUps.column.dueOn'),
            dataIndex: 'dueOn',
            defaultSortOrder: 'ascend',
            sorter: (a, b) => a.dueOn.localeCompare(b.dueOn),
            render: (v: string, f) => <Typography.Text type={late(f) ? 'danger' : undefined}>{v}</Typography.Text>,
          },
          {
            title: t('followUps.column.raisedBy'),
            key: 'raisedBy',
            filters: [
              { text: t('followUps.value.byApp'), value: 'parent_unreached' },
              { text: t('followUps.value.byRecord'), value: 'record' },
              { text: t('followUps.value.byChild'), value: 'talk' },
            ],
            onFilter: (value, f) => f.reason === value || (value === 'talk' && f.reason === 'talk_counsellor'),
            render: (_, f) =>
              f.reason === 'talk' || f.reason === 'talk_counsellor' ? (
                <Tag color="purple">{t('followUps.value.byChild')}</Tag>
              ) : f.raisedBy === null ? (
                <Tag color="volcano">{t('followUps.value.byApp')}</Tag>
              ) : (
                f.raisedBy
              ),
          },
          {
            title: t('followUps.column.status'),
            key: 'status',
            render: (_, f) =>
              f.doneAt ? (
                <Space orientation="vertical" size={0}>
                  <Tag color="green">{t('followUps.value.done', { by: f.doneBy ?? '', date: dayjs(f.doneAt).format('YYYY-MM-DD') })}</Tag>
                  {f.doneNote && <Typography.Text type="secondary">{f.doneNote}</Typography.Text>}
                </Space>
              ) : (
                <Tag color={late(f) ? 'red' : 'gold'}>{t(late(f) ? 'followUps.value.late' : 'followUps.value.open')}</Tag>
              ),
          },
          {
            title: t('followUps.column.actions'),
            key: 'actions',
            render: (_, f) =>
              !f.doneAt && (
                <Button size="small" icon={<CheckOutlined />} onClick={() => setCompleting(f)}>
                  {t('followUps.action.complete')}
                </Button>
              ),
          },
        ]}
      />
      <CompleteDialog followUp={completing} onClose={() => setCompleting(null)} />
    </>
  );
}

function CompleteDialog({ followUp, onClose }: { followUp: FollowUp | null; onClose(): void }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const complete = useCare((s) => s.completeFollowUp);
  const [note, setNote] = useState('');
  const { busy, run } = useBusy();

  useEffect(() => setNote(''), [followUp]);

  const submit = async () => {
    if (!followUp) return;
    await run(async () => {
      await complete(followUp.id, note.trim() || undefined);
      message.success(t('followUps.message.completed', { name: followUp.childName }));
      onClose();
    });
  };

  return (
    <Modal
      open={followUp !== null}
      title={t('followUps.dialog.title', { name: followUp?.childName ?? '' })}
      okText={t('followUps.action.complete')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Typography.Paragraph>{followUp && <FollowUpNote followUp={followUp} />}</Typography.Paragraph>
      <Input.TextArea autoFocus aria-label={t('followUps.dialog.note')} placeholder={t('followUps.dialog.note')} maxLength={200} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
    </Modal>
  );
}
