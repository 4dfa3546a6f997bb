// Who opened which child's file, care records or growth file, or exported her data: newest first.
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_KINDS, type AccessKind, type AccessLogEntry, type Role, type StaffMember } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { AnyChildPicker } from './AnyChildPicker';
import { usePrivacy } from './privacyStore';
import { ListTable } from '../../components/ListTable';
import { FilterSelect } from '../../components/FilterSelect';

const DAY = 'YYYY-MM-DD';

export function AccessLogTab() {
  const { t } = useTranslation(['privacy', 'common', 'errors']);
  const { message } = App.useApp();
  const { filters, log, loadingLog, setFilters, reloadLog } = usePrivacy();
  const [staff, setStaff] = useState<StaffMember[]>([]);

  const run = (work: Promise<void>) => work.catch((e: unknown) => message.error(errorMessage(e)));

  // On mount: the tab remounts each time it is shown, so it shows the openings of a minute ago.
  useEffect(() => {
    reloadLog().catch((e: unknown) => message.error(errorMessage(e)));
    call('staff.list', { includeArchived: true }).then(setStaff, () => setStaff([]));
  }, [reloadLog, message]);

  const range: [Dayjs, Dayjs] | null = filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Alert type="info" showIcon title={t('access.intro.text')} />
      <Space wrap>
        <AnyChildPicker ariaLabel={t('access.filter.child')} style={{ width: 260 }} value={filters.childId} onChange={(childId) => void run(setFilters({ childId }))} />
        <FilterSelect
          label={t('access.filter.staff')}
          width={160}
          value={filters.staffId}
          onChange={(staffId?: number) => void run(setFilters({ staffId }))}
          options={staff.map((s) => ({ value: s.id, label: s.name }))}
        />
        <FilterSelect
          label={t('access.filter.what')}
          width={160}
          value={filters.what}
          onChange={(what?: AccessKind) => void run(setFilters({ what }))}
          options={ACCESS_KINDS.map((w) => ({ value: w, label: t(`access.what.${w}`) }))}
        />
        <DatePicker.RangePicker
          aria-label={t('access.filter.dates')}
          value={range}
          onChange={(dates) => void run(setFilters({ from: dates?.[0]?.format(DAY) ?? undefined, to: dates?.[1]?.format(DAY) ?? undefined }))}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void run(reloadLog())}>
          {t('access.action.refresh')}
        </Button>
      </Space>
      <ListTable<AccessLogEntry>
        loading={loadingLog}
        dataSource={log?.rows ?? []}
        pagination={{
          current: filters.page,
          pageSize: filters.pageSize,
          total: log?.total ?? 0,
          showTotal: (count) => t('access.table.total', { count }),
          onChange: (page, pageSize) => void run(setFilters({ page, pageSize })),
        }}
        columns={[
          { key: 'at', title: t('access.column.at'), render: (_, r) => dayjs(r.at).format('YYYY-MM-DD HH:mm') },
          { key: 'staff', title: t('access.column.staff'), render: (_, r) => r.staffName ?? '—' },
          { key: 'role', title: t('access.column.role'), render: (_, r) => t(`common:role.${r.role as Role}`) },
          { key: 'child', title: t('access.column.child'), dataIndex: 'childName' },
          { key: 'what', title: t('access.column.what'), render: (_, r) => t(`access.what.${r.what}`) },
        ]}
      />
    </Space>
  );
}
