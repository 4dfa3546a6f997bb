// 读后感: this semester's reviews to read and grade (the grades come from the settings), a review
// written down for a child who told it, who still owes one, and the books the room liked best.
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Review } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useSettings } from '../settings/settingsStore';
import { byText, day } from './format';
import { PopularChart } from './PopularChart';
import { useGradeLabel } from './labels';
import { ProgressCard } from './ProgressCard';
import { ReviewDialog } from './ReviewDialog';
import { useReviews } from './reviewsStore';
import { ListTable } from '../../components/ListTable';

type Show = 'all' | 'ungraded';

export function ReviewsTab({ visible }: { visible: boolean }) {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const { message } = App.useApp();
  const { reviews, loading, reload, grade } = useReviews();
  const grades = useSettings((s) => s.settings?.reviewGrades ?? []);
  const gradeLabel = useGradeLabel();
  const [show, setShow] = useState<Show>('all');
  const [writing, setWriting] = useState(false);

  useEffect(() => {
    if (visible) reload().catch((e) => message.error(errorMessage(e)));
  }, [visible, reload, message]);

  const give = async (review: Review, value: string) => {
    try {
      await grade(review.id, value);
      message.success(t('reviews.message.graded', { name: review.childName, grade: gradeLabel(value) }));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  const rows = show === 'ungraded' ? reviews.filter((r) => r.grade === null) : reviews;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Card
        title={t('reviews.title.main', { count: reviews.length })}
        extra={
          <Space>
            <Segmented<Show>
              value={show}
              onChange={setShow}
              options={[
                { value: 'all', label: t('reviews.filter.all') },
                { value: 'ungraded', label: t('reviews.filter.ungraded') },
              ]}
            />
            <Button type="primary" icon={<EditOutlined />} onClick={() => setWriting(true)}>
              {t('reviews.action.write')}
            </Button>
          </Space>
        }
      >
        <ListTable<Review>
          size="middle"
          loading={loading}
          dataSource={rows}
          pagination={{ pageSize: 10, showSizeChanger: false }}
          empty={t('reviews.table.empty')}
          columns={[
            { title: t('loans.column.child'), dataIndex: 'childName', width: 100, sorter: (a, b) => byText(a.childName, b.childName) },
            { title: t('loans.column.title'), dataIndex: 'title', width: 160, render: (title: string) => `《${title}》` },
            {
              title: t('reviews.column.text'),
              dataIndex: 'text',
              render: (text: string) => (
                <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }} ellipsis={{ rows: 2, expandable: 'collapsible' }}>
                  {text}
                </Typography.Paragraph>
              ),
            },
            {
              title: t('reviews.column.written'),
              key: 'written',
              width: 130,
              sorter: (a, b) => a.writtenAt.localeCompare(b.writtenAt),
              render: (_, r) => (
                <Space orientation="vertical" size={0}>
                  <span>{day(r.writtenAt)}</span>
                  <Tag color={r.writtenVia === 'kiosk' ? 'cyan' : 'default'}>{t(`reviews.via.${r.writtenVia}`)}</Tag>
                </Space>
              ),
            },
            {
              title: t('reviews.column.grade'),
              key: 'grade',
              width: 220,
              render: (_, r) => (
                <Space orientation="vertical" size={2}>
                  <Space.Compact>
                    {grades.map((g) => (
                      <Button key={g} size="small" type={r.grade === g ? 'primary' : 'default'} onClick={() => void give(r, g)}>
                        {gradeLabel(g)}
                      </Button>
                    ))}
                  </Space.Compact>
                  {r.gradedBy && <Typography.Text type="secondary">{t('reviews.label.gradedBy', { name: r.gradedBy })}</Typography.Text>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ProgressCard />
        </Col>
        <Col xs={24} xl={10}>
          <PopularChart />
        </Col>
      </Row>
      <ReviewDialog open={writing} onClose={() => setWriting(false)} />
    </Space>
  );
}
