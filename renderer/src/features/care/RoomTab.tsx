// 全室概况: coverage figures and their six-month chart, every surrogate parent's children who are due
// (the children with no surrogate parent first: nobody else will notice them), and the list of
// children who have no surrogate parent at all.
import { App, Card, Collapse, Empty, Space, Spin, Table, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareCoverage, DueGroup } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ClassLabel } from '../children/labels';
import { CoverageCard } from './CoverageCard';
import { DueTable } from './DueTable';
import { useRecordDrawer } from './RecordFormDrawer';
import { useCare } from './store';

type Unassigned = CareCoverage['unassigned'][number];

export function RoomTab() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const { all, coverage, loadRoom } = useCare();
  const { drawer, write } = useRecordDrawer();

  useEffect(() => {
    loadRoom().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadRoom, message]);

  if (!coverage) return <Spin />;
  const groups = [...all].sort((a, b) => (a.staffId === null ? -1 : b.staffId === null ? 1 : (a.staffName ?? '').localeCompare(b.staffName ?? '', 'zh-CN')));
  const groupLabel = (g: DueGroup) => (
    <Space>
      {g.staffId === null ? <Tag color="red">{t('room.group.none')}</Tag> : t('room.group.staff', { name: g.staffName ?? '' })}
      <span>{t('room.group.count', { count: g.children.length })}</span>
    </Space>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CoverageCard coverage={coverage} />
      <Card title={t('room.groups.title')}>
        {groups.length === 0 ? (
          <Empty description={t('room.groups.empty')} />
        ) : (
          <Collapse
            defaultActiveKey={groups.map((g) => String(g.staffId))}
            items={groups.map((g) => ({
              key: String(g.staffId),
              label: groupLabel(g),
              children: <DueTable rows={g.children} onWrite={write} />,
            }))}
          />
        )}
      </Card>
      <Card title={t('room.unassigned.title', { count: coverage.unassigned.length })}>
        <Table<Unassigned>
          rowKey="childId"
          size="small"
          dataSource={coverage.unassigned}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: t('room.unassigned.empty') }}
          columns={[
            { title: t('due.column.child'), dataIndex: 'childName', sorter: (a, b) => a.childName.localeCompare(b.childName, 'zh-CN') },
            {
              title: t('due.column.class'),
              key: 'class',
              defaultSortOrder: 'ascend',
              sorter: (a, b) => a.grade - b.grade || a.classNo - b.classNo,
              render: (_, c) => <ClassLabel grade={c.grade} classNo={c.classNo} />,
            },
          ]}
        />
      </Card>
      {drawer}
    </Space>
  );
}
