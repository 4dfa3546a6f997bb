// What a child has borrowed and whom she has called, in her file.
import { Tabs, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CallRecord, Loan } from '../../../../shared/domain';
import { useChildHistory } from './useChildHistory';
import { ListTable } from '../../components/ListTable';
import { ChannelLabel } from '../calls/channel';

export function ChildHistory({ childId }: { childId: number }) {
  const { t } = useTranslation(['children', 'common', 'calls']);
  const { loans, calls } = useChildHistory(childId);
  // The phone unless a call in her list was by video: only then is the device worth a column.
  const anyVideo = calls.some((c) => c.channel === 'video');
  const day = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD') : '—');

  return (
    <Tabs
      items={[
        {
          key: 'loans',
          label: t('children:history.tab.loans', { count: loans.length }),
          children: (
            <ListTable<Loan>
              dataSource={loans}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              empty={t('children:history.empty.loans')}
              columns={[
                { title: t('children:history.column.title'), dataIndex: 'title', render: (v: string) => `《${v}》` },
                { title: t('children:history.column.lent'), dataIndex: 'lentAt', render: day },
                { title: t('children:history.column.due'), dataIndex: 'dueOn' },
                {
                  title: t('children:history.column.returned'),
                  dataIndex: 'returnedAt',
                  render: (v: string | null, loan) =>
                    v ? (
                      day(v)
                    ) : (
                      <Tag color={loan.overdueDays > 0 ? 'red' : 'blue'}>
                        {loan.overdueDays > 0 ? t('children:history.value.overdue', { days: loan.overdueDays }) : t('children:history.value.onLoan')}
                      </Tag>
                    ),
                },
              ]}
            />
          ),
        },
        {
          key: 'calls',
          label: t('children:history.tab.calls', { count: calls.length }),
          children: (
            <ListTable<CallRecord>
              dataSource={calls}
              pagination={{ pageSize: 10, showSizeChanger: false }}
              empty={t('children:history.empty.calls')}
              columns={[
                { title: t('children:history.column.when'), dataIndex: 'startedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
                ...(anyVideo ? [{ title: t('calls:queue.column.channel'), key: 'channel', render: (_: unknown, c: CallRecord) => <ChannelLabel channel={c.channel} /> }] : []),
                {
                  title: t('children:history.column.parent'),
                  key: 'parent',
                  render: (_, c) => [t(`common:enums.parentRelation.${c.parentRelation}`), c.parentName].filter(Boolean).join(' · '),
                },
                {
                  title: t('children:history.column.outcome'),
                  dataIndex: 'outcome',
                  render: (o: CallRecord['outcome']) => (o ? t(`calls:outcome.${o}`) : '—'),
                },
                { title: t('children:history.column.note'), dataIndex: 'note', render: (v: string | null) => v ?? '' },
              ]}
            />
          ),
        },
      ]}
    />
  );
}
