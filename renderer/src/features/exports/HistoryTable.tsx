// Every bundle written: which week, when, by whom (or the app by itself), where, how many rows.
import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ExportRun } from '../../../../shared/domain';
import { when } from './format';
import { useExports } from './store';

export function HistoryTable() {
  const { t } = useTranslation(['exports']);
  const history = useExports((s) => s.history);

  return (
    <Card title={t('history.card.title')}>
      <Table<ExportRun>
        size="small"
        rowKey="id"
        dataSource={history}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('history.table.empty') }}
        columns={[
          { key: 'week', title: t('history.column.week'), dataIndex: 'week', sorter: (a, b) => a.week.localeCompare(b.week) },
          { key: 'at', title: t('history.column.at'), render: (_, r) => when(r.createdAt), sorter: (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) },
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
