// A child's care records, newest first: kind, date, who wrote it, what it says. Its author or an admin
// voids a wrong record with a reason; nothing is deleted, the voided record stays, struck through.
import { StopOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARE_KINDS, type CareRecord } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useBusy } from '../../components/useBusy';
import { useAuth } from '../auth/authStore';
import { FollowUpLine, KindTag, RecordParticulars, RecordText } from './labels';
import { useCare } from './careStore';
import './care.css';
import { ListTable } from '../../components/ListTable';

export function RecordsTable({ records, loading }: { records: CareRecord[]; loading: boolean }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const session = useAuth((s) => s.session);
  const [voiding, setVoiding] = useState<CareRecord | null>(null);
  const mayVoid = (r: CareRecord) => !r.fromCall && !r.voidedAt && (session.role === 'admin' || r.staffId === session.staffId);
  const authors = [...new Set(records.map((r) => r.staffName))];

  return (
    <>
      <ListTable<CareRecord>
        rowKey={(r) => `${r.fromCall ? 'call' : 'record'}-${r.id}`}
        loading={loading}
        dataSource={records}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        rowClassName={(r) => (r.voidedAt ? 'care-record-voided' : '')}
        empty={t('records.empty.none')}
        columns={[
          {
            title: t('records.column.date'),
            dataIndex: 'date',
            width: 110,
            defaultSortOrder: 'descend',
            sorter: (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
          },
          {
            title: t('records.column.kind'),
            dataIndex: 'kind',
            width: 110,
            filters: CARE_KINDS.map((k) => ({ text: t(`shared.kind.${k}`), value: k })),
            onFilter: (value, r) => r.kind === value,
            render: (_, r) => <KindTag kind={r.kind} />,
          },
          { title: t('records.column.particulars'), key: 'particulars', render: (_, r) => <RecordParticulars record={r} /> },
          {
            title: t('records.column.text'),
            key: 'text',
            render: (_, r) => (
              <>
                <RecordText record={r} />
                {r.followUp && (
                  <div>
                    <Tag color={r.followUp.doneAt ? 'green' : 'gold'}>{t('records.value.followUp')}</Tag>
                    <FollowUpLine followUp={r.followUp} />
                  </div>
                )}
                {r.voidedAt && (
                  <div>
                    <Tag>{t('records.value.voided', { reason: r.voidReason ?? '' })}</Tag>
                  </div>
                )}
              </>
            ),
          },
          {
            title: t('records.column.staff'),
            dataIndex: 'staffName',
            width: 100,
            filters: authors.map((a) => ({ text: a, value: a })),
            onFilter: (value, r) => r.staffName === value,
          },
          {
            title: t('records.column.actions'),
            key: 'actions',
            width: 90,
            render: (_, r) =>
              mayVoid(r) && (
                <Button size="small" danger icon={<StopOutlined />} onClick={() => setVoiding(r)}>
                  {t('records.action.void')}
                </Button>
              ),
          },
        ]}
      />
      <VoidDialog record={voiding} onClose={() => setVoiding(null)} />
    </>
  );
}

function VoidDialog({ record, onClose }: { record: CareRecord | null; onClose(): void }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const voidRecord = useCare((s) => s.voidRecord);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, run } = useBusy();

  useEffect(() => {
    setReason('');
    setProblem(null);
  }, [record]);

  const submit = async () => {
    if (!record) return;
    if (!reason.trim()) {
      setProblem(t('errors:field.required'));
      return;
    }
    await run(
      async () => {
        await voidRecord(record.id, reason.trim());
        message.success(t('records.message.voided'));
        onClose();
      },
      (e) => {
        setProblem(errorMessage(e));
      },
    );
  };

  return (
    <Modal
      open={record !== null}
      title={t('records.void.title')}
      okText={t('records.action.void')}
      okButtonProps={{ danger: true }}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      {record && <Typography.Paragraph>{t('records.void.text', { date: record.date, kind: t(`shared.kind.${record.kind}`), name: record.childName })}</Typography.Paragraph>}
      <Input.TextArea
        autoFocus
        aria-label={t('records.void.reason')}
        placeholder={t('records.void.reason')}
        maxLength={200}
        rows={2}
        value={reason}
        status={problem ? 'error' : undefined}
        onChange={(e) => setReason(e.target.value)}
      />
      {problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Modal>
  );
}
