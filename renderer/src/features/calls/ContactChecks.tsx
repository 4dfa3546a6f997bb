// 核对联系方式: parents whose number and details nobody checked this semester. The teacher rings or
// asks the guardian, then one click records the check; the row leaves the list.
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactCheck } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { ClassLabel } from '../../components/childLabels';
import { ListTable } from '../../components/ListTable';

export function ContactChecks({ onCount }: { onCount(count: number): void }) {
  const { t } = useTranslation(['calls', 'common', 'errors']);
  const { message } = App.useApp();
  const [rows, setRows] = useState<ContactCheck[] | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  const show = (next: ContactCheck[]) => {
    setRows(next);
    onCount(next.length);
  };
  useEffect(() => {
    call('calls.uncheckedContacts', {}).then(
      (next) => {
        setRows(next);
        onCount(next.length);
      },
      (e: unknown) => message.error(errorMessage(e)),
    );
  }, [message, onCount]);

  const check = async (row: ContactCheck) => {
    setBusy(row.parentId);
    try {
      await call('calls.markContactChecked', { parentId: row.parentId });
      message.success(t('contacts.message.checked', { child: row.childName, relation: t(`common:enums.parentRelation.${row.relation}`) }));
      show((rows ?? []).filter((r) => r.parentId !== row.parentId));
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <ListTable<ContactCheck>
      rowKey="parentId"
      loading={rows === null}
      dataSource={rows ?? []}
      pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
      empty={t('contacts.empty.none')}
      columns={[
        { title: t('queue.column.child'), dataIndex: 'childName' },
        { title: t('contacts.column.class'), key: 'class', render: (_, r) => <ClassLabel grade={r.grade} classNo={r.classNo} /> },
        {
          title: t('queue.column.parent'),
          key: 'parent',
          render: (_, r) => [t(`common:enums.parentRelation.${r.relation}`), r.parentName].filter(Boolean).join(' · '),
        },
        { title: t('queue.column.phone'), dataIndex: 'phone', render: (v: string | null) => v ?? t('contacts.value.noPhone') },
        { title: t('contacts.column.checked'), dataIndex: 'verifiedOn', render: (v: string | null) => v ?? t('contacts.value.never') },
        {
          title: t('queue.column.actions'),
          key: 'actions',
          render: (_, r) => (
            <Button size="small" loading={busy === r.parentId} onClick={() => void check(r)}>
              {t('contacts.action.checked')}
            </Button>
          ),
        },
      ]}
    />
  );
}
