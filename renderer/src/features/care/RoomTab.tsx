// 全室概况: coverage figures and their six-month chart, the months without a lecture (issue 20), each
// surrogate parent's group with how many of her children are due and late (the children with no
// surrogate parent first: nobody else will notice them), each group's children loaded when it is
// opened, and the list of children who have no surrogate parent at all.
import { App, Card, Collapse, Empty, Space, Spin, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareCoverage, DueGroupSummary } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ClassLabel } from '../../components/childLabels';
import { LectureGaps } from '../lectures/LectureGapsCard';
import { CoverageCard } from './CoverageCard';
import { DueTable } from './DueTable';
import { useRecordDrawer } from './RecordFormDrawer';
import { groupKey, useCare } from './careStore';
import { compareClass } from '../../../../shared/classOrder';
import { ListTable } from '../../components/ListTable';

type Unassigned = CareCoverage['unassigned'][number];

export function RoomTab() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const { groups, groupRows, coverage, loadRoom, loadGroup } = useCare();
  const { drawer, write } = useRecordDrawer();
  const [open, setOpen] = useState<string[]>([]);

  useEffect(() => {
    loadRoom().catch((e: unknown) => message.error(errorMessage(e)));
  }, [loadRoom, message]);

  if (!coverage || !groups) return <Spin />;

  const toggle = (keys: string[]) => {
    for (const g of groups) {
      const key = groupKey(g.staffId);
      if (keys.includes(key) && !open.includes(key) && !groupRows[key]) loadGroup(g.staffId).catch((e: unknown) => message.error(errorMessage(e)));
    }
    setOpen(keys);
  };
  const groupLabel = (g: DueGroupSummary) => (
    <Space>
      {g.staffId === null ? <Tag color="red">{t('room.group.none')}</Tag> : t('room.group.staff', { name: g.staffName ?? '' })}
      <span>{t('room.group.due', { count: g.due })}</span>
      {g.late > 0 && <Tag color="red">{t('room.group.late', { count: g.late })}</Tag>}
    </Space>
  );

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <CoverageCard coverage={coverage} />
      <LectureGaps />
      <Card title={t('room.groups.title')}>
        {groups.length === 0 ? (
          <Empty description={t('room.groups.empty')} />
        ) : (
          <Collapse
            className="care-room-groups"
            activeKey={open}
            onChange={toggle}
            items={groups.map((g) => {
              const rows = groupRows[groupKey(g.staffId)];
              return {
                key: groupKey(g.staffId),
                label: groupLabel(g),
                children: rows ? <DueTable rows={rows} onWrite={write} /> : <Spin />,
              };
            })}
          />
        )}
      </Card>
      <Card title={t('room.unassigned.title', { count: coverage.unassigned.length })}>
        <ListTable<Unassigned>
          rowKey="childId"
          dataSource={coverage.unassigned}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          empty={t('room.unassigned.empty')}
          columns={[
            { title: t('due.column.child'), dataIndex: 'childName', sorter: (a, b) => a.childName.localeCompare(b.childName, 'zh-CN') },
            {
              title: t('due.column.class'),
              key: 'class',
              defaultSortOrder: 'ascend',
              sorter: compareClass,
              render: (_, c) => <ClassLabel grade={c.grade} classNo={c.classNo} />,
            },
          ]}
        />
      </Card>
      {drawer}
    </Space>
  );
}
