// 讲座: the monthly lectures of this semester (legal, safety, mental health, other), newest first, the
// months still without one, and for each lecture who was present. Any teacher records, corrects and
// voids; a voided lecture stays, struck through, and no longer counts for its month.
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LECTURE_TOPICS, type Lecture } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { ListTable } from '../../components/ListTable';
import { LectureAttendanceDrawer } from './LectureAttendanceDrawer';
import { LectureFormDrawer } from './LectureFormDrawer';
import { LectureGaps } from './LectureGapsCard';
import { TopicTag } from './labels';
import { useLectures } from './lecturesStore';
import { VoidLectureDialog } from './VoidLectureDialog';

export function LecturesTab() {
  const { t } = useTranslation(['lectures', 'common', 'errors']);
  const { message } = App.useApp();
  const { lectures, loading, reload } = useLectures();
  const [editing, setEditing] = useState<Lecture | null | undefined>(undefined);
  const [attending, setAttending] = useState<Lecture | null>(null);
  const [voiding, setVoiding] = useState<Lecture | null>(null);

  useEffect(() => {
    reload().catch((e: unknown) => message.error(errorMessage(e)));
  }, [reload, message]);

  const struck = (l: Lecture, text: string) => (l.voidedAt ? <Typography.Text delete>{text}</Typography.Text> : text);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <LectureGaps />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text type="secondary">{t('list.help')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
          {t('list.action.add')}
        </Button>
      </Space>
      <ListTable<Lecture>
        size="middle"
        loading={loading}
        dataSource={lectures}
        empty={t('list.empty')}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t('list.column.date'), dataIndex: 'date', render: (_, l) => struck(l, l.date) },
          {
            title: t('list.column.topic'),
            dataIndex: 'topic',
            filters: LECTURE_TOPICS.map((topic) => ({ text: t(`shared.topic.${topic}`), value: topic })),
            onFilter: (value, l) => l.topic === value,
            render: (_, l) => <TopicTag topic={l.topic} />,
          },
          {
            title: t('list.column.title'),
            dataIndex: 'title',
            render: (_, l) => (
              <Space orientation="vertical" size={0}>
                {struck(l, l.title)}
                {l.voidedAt && <Tag>{t('list.label.voided', { reason: l.voidReason ?? '' })}</Tag>}
                {l.note && <Typography.Text type="secondary">{l.note}</Typography.Text>}
              </Space>
            ),
          },
          { title: t('list.column.speaker'), dataIndex: 'speaker' },
          { title: t('list.column.present'), dataIndex: 'present' },
          { title: t('list.column.recordedBy'), dataIndex: 'recordedByName', render: (_, l) => l.recordedByName ?? '—' },
          {
            title: t('list.column.actions'),
            key: 'actions',
            render: (_, l) => (
              <Space>
                <Button size="small" type={l.voidedAt ? 'default' : 'primary'} onClick={() => setAttending(l)}>
                  {t('list.action.attendance')}
                </Button>
                {!l.voidedAt && (
                  <>
                    <Button size="small" onClick={() => setEditing(l)}>
                      {t('list.action.edit')}
                    </Button>
                    <Button size="small" danger onClick={() => setVoiding(l)}>
                      {t('list.action.void')}
                    </Button>
                  </>
                )}
              </Space>
            ),
          },
        ]}
      />
      <LectureFormDrawer open={editing !== undefined} lecture={editing ?? null} onClose={() => setEditing(undefined)} />
      <LectureAttendanceDrawer lecture={attending} onClose={() => setAttending(null)} />
      <VoidLectureDialog lecture={voiding} onClose={() => setVoiding(null)} />
    </Space>
  );
}
