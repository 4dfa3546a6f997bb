// What the desk did today, newest first: each lend and each return.
import { Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { clock, day } from './format';
import { useLibrary, type DeskEvent } from './libraryStore';
import { ListTable } from '../../components/ListTable';

export function TodayList() {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const today = useLibrary((s) => s.today);

  return (
    <Card title={t('today.title.main', { count: today.length })}>
      <ListTable<DeskEvent>
        rowKey="key"
        dataSource={today}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        empty={t('today.table.empty')}
        columns={[
          { title: t('today.column.time'), dataIndex: 'at', width: 80, render: clock },
          {
            title: t('today.column.what'),
            dataIndex: 'kind',
            width: 90,
            render: (kind: DeskEvent['kind']) => <Tag color={kind === 'lent' ? 'green' : 'blue'}>{t(`today.kind.${kind}`)}</Tag>,
          },
          { title: t('loans.column.title'), key: 'title', render: (_, e) => `《${e.loan.title}》` },
          { title: t('loans.column.barcode'), key: 'barcode', render: (_, e) => e.loan.barcode },
          { title: t('loans.column.child'), key: 'child', render: (_, e) => e.loan.childName },
          {
            title: t('today.column.note'),
            key: 'note',
            render: (_, e) =>
              e.kind === 'lent' ? (
                t('desk.result.due', { due: day(e.loan.dueOn) })
              ) : e.loan.overdueDays > 0 ? (
                <Typography.Text type="danger">{t('desk.result.late', { count: e.loan.overdueDays })}</Typography.Text>
              ) : (
                t('desk.result.onTime')
              ),
          },
        ]}
      />
    </Card>
  );
}
