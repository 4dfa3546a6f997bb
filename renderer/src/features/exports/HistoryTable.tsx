// Every bundle written: which week, when, by whom (or the app by itself), which version (partial,
// revision, what it replaces, changed since), where, how many rows.
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportRun } from '../../../../shared/domain';
import { when } from './format';
import { useExports } from './exportsStore';
import { WeekName } from '../../components/WeekName';
import { ListTable } from '../../components/ListTable';

export function HistoryTable() {
  const { t } = useTranslation(['exports']);
  const history = useExports((s) => s.history);

  return (
    <Card title={t('history.card.title')}>
      <ListTable<ExportRun>
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        empty={t('history.table.empty')}
        columns={[
          { key: 'week', title: t('history.column.week'), render: (_, r) => <WeekName week={r.week} />, sorter: (a, b) => a.week.localeCompare(b.week) },
          { key: 'version', title: t('history.column.version'), render: (_, r) => <Version run={r} /> },
          {
            key: 'at',
            title: t('history.column.at'),
            render: (_, r) => when(r.createdAt),
            sorter: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt),
          },
          { key: 'by', title: t('history.column.by'), render: (_, r) => r.staffName ?? t(`history.trigger.${r.trigger}`) },
          {
            key: 'where',
            title: t('history.column.where'),
            render: (_, r) => (
              <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
                {r.bundlePath}
              </Typography.Text>
            ),
          },
          { key: 'rows', title: t('history.column.rows'), dataIndex: 'rows', align: 'right' },
          {
            key: 'contacts',
            title: t('history.column.contacts'),
            render: (_, r) => (r.includeContacts ? <Tag color="red">{t('history.contacts.yes')}</Tag> : <Tag>{t('history.contacts.no')}</Tag>),
          },
        ]}
      />
    </Card>
  );
}

function Version({ run }: { run: ExportRun }) {
  const { t } = useTranslation(['exports']);
  if (run.partialUpTo !== null) return <Tag color="gold">{t('history.version.partial', { at: when(run.partialUpTo) })}</Tag>;
  return (
    <Space orientation="vertical" size={2}>
      <span>
        {run.revision === 1 ? t('history.version.first') : <Tag color="blue">{t('history.version.revision', { revision: run.revision })}</Tag>}
        {run.changedAt !== null && <Tag color="red">{t('history.version.changed')}</Tag>}
      </span>
      {run.replaces !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {t('history.version.replaces', { name: run.replaces })}
        </Typography.Text>
      )}
    </Space>
  );
}
