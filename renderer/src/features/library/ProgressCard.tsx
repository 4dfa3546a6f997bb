// Every child and her reviews this semester: who has written none yet, who waits for a grade.
import { Card, Segmented, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewProgressRow } from '../../../../shared/domain';
import { ClassLabel } from '../../components/childLabels';
import { byText } from './format';
import { useReviews } from './reviewsStore';
import { compareClass } from '../../../../shared/classOrder';
import { ListTable } from '../../components/ListTable';

type Stage = 'none' | 'ungraded' | 'graded';
type Show = 'all' | Stage;

const STAGE_COLOR: Record<Stage, string> = { none: 'red', ungraded: 'gold', graded: 'green' };

function stageOf(row: ReviewProgressRow): Stage {
  if (row.reviews === 0) return 'none';
  return row.graded < row.reviews ? 'ungraded' : 'graded';
}

export function ProgressCard() {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const progress = useReviews((s) => s.progress);
  const [show, setShow] = useState<Show>('all');
  const rows = show === 'all' ? progress : progress.filter((r) => stageOf(r) === show);
  const missing = progress.filter((r) => r.reviews === 0).length;

  return (
    <Card
      title={t('progress.title.main', { missing, total: progress.length })}
      extra={<Segmented<Show> value={show} onChange={setShow} options={(['all', 'none', 'ungraded', 'graded'] as const).map((value) => ({ value, label: t(`progress.filter.${value}`) }))} />}
    >
      <ListTable<ReviewProgressRow>
        rowKey="childId"
        dataSource={rows}
        pagination={{ pageSize: 10, showSizeChanger: false }}
        empty={t('progress.table.empty')}
        columns={[
          { title: t('loans.column.child'), dataIndex: 'childName', sorter: (a, b) => byText(a.childName, b.childName) },
          {
            title: t('loans.column.class'),
            key: 'class',
            sorter: compareClass,
            render: (_, r) => <ClassLabel grade={r.grade} classNo={r.classNo} />,
          },
          { title: t('progress.column.reviews'), dataIndex: 'reviews', sorter: (a, b) => a.reviews - b.reviews },
          { title: t('progress.column.graded'), dataIndex: 'graded' },
          {
            title: t('progress.column.stage'),
            key: 'stage',
            render: (_, r) => {
              const stage = stageOf(r);
              return <Tag color={STAGE_COLOR[stage]}>{t(`progress.filter.${stage}`)}</Tag>;
            },
          },
        ]}
      />
    </Card>
  );
}
