// The rooms to look at first: longest silence first, then the fewest children a surrogate parent
// talked with, the most children without a call and the most missed duties.
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficeAttentionRow } from '../../../../shared/office';
import { roomName } from './OfficeGridCard';
import { weekLabel } from './weekLabel';
import { ListTable } from '../../components/ListTable';

const order = (a: OfficeAttentionRow, b: OfficeAttentionRow) =>
  b.silentWeeks - a.silentWeeks || (a.careTalkShare ?? 101) - (b.careTalkShare ?? 101) || b.noCall30 - a.noCall30 || b.missedDuties - a.missedDuties;

export function OfficeAttentionCard({ rows }: { rows: OfficeAttentionRow[] }) {
  const { t } = useTranslation(['exports']);
  if (rows.length === 0) return null;
  return (
    <Card title={t('office.attention.title')}>
      <ListTable<OfficeAttentionRow>
        rowKey={roomName}
        dataSource={[...rows].sort(order)}
        pagination={false}
        columns={[
          { key: 'room', title: t('office.trend.room'), render: (_, r) => roomName(r) },
          { key: 'last', title: t('office.attention.lastWeek'), render: (_, r) => weekLabel(t, r.lastWeek) },
          {
            key: 'silent',
            title: t('office.attention.silentWeeks'),
            align: 'right',
            sorter: (a, b) => a.silentWeeks - b.silentWeeks,
            render: (_, r) => r.silentWeeks,
          },
          {
            key: 'care',
            title: t('office.attention.careTalkShare'),
            align: 'right',
            sorter: (a, b) => (a.careTalkShare ?? 0) - (b.careTalkShare ?? 0),
            render: (_, r) => r.careTalkShare ?? '—',
          },
          { key: 'noCall', title: t('office.attention.noCall30'), align: 'right', sorter: (a, b) => a.noCall30 - b.noCall30, render: (_, r) => r.noCall30 },
          {
            key: 'duty',
            title: t('office.attention.missedDuties'),
            align: 'right',
            sorter: (a, b) => a.missedDuties - b.missedDuties,
            render: (_, r) => r.missedDuties,
          },
        ]}
      />
    </Card>
  );
}
