// Planned vs actual for the shown week: who was rostered, who signed in, and when.
import { Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlannedVsActualRow } from '../../../../shared/domain';
import { isoWeekday, useRoster } from './rosterStore';
import { ListTable } from '../../components/ListTable';

const STATUS_COLORS: Record<PlannedVsActualRow['status'], string> = {
  on_time: 'green',
  late: 'orange',
  absent: 'red',
  unplanned: 'blue',
};

const time = (iso: string | null) => (iso ? dayjs(iso).format('HH:mm') : '—');

export function ReportTable() {
  const { t } = useTranslation(['roster']);
  const report = useRoster((s) => s.report);

  return (
    <ListTable<PlannedVsActualRow>
      rowKey={(r) => `${r.date}-${r.openingId ?? 'x'}-${r.staffName}-${r.signedInAt ?? ''}`}
      dataSource={report}
      pagination={false}
      empty={t('report.table.empty')}
      columns={[
        {
          key: 'date',
          title: t('report.column.date'),
          sorter: (a, b) => a.date.localeCompare(b.date),
          render: (_, r) => `${dayjs(r.date).format('MM-DD')} ${t(`week.weekday.${isoWeekday(r.date)}` as 'week.weekday.1')}`,
        },
        { key: 'time', title: t('report.column.time'), render: (_, r) => r.startTime ?? '—' },
        { key: 'staff', title: t('report.column.teacher'), dataIndex: 'staffName', sorter: (a, b) => a.staffName.localeCompare(b.staffName, 'zh-CN') },
        { key: 'signedIn', title: t('report.column.signedIn'), render: (_, r) => time(r.signedInAt) },
        { key: 'signedOut', title: t('report.column.signedOut'), render: (_, r) => time(r.signedOutAt) },
        {
          key: 'status',
          title: t('report.column.status'),
          filters: (['on_time', 'late', 'absent', 'unplanned'] as const).map((s) => ({ value: s, text: t(`report.status.${s}`) })),
          onFilter: (value, r) => r.status === value,
          render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{t(`report.status.${r.status}`)}</Tag>,
        },
      ]}
    />
  );
}
