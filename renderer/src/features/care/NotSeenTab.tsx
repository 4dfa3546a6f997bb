// 许久未来: children on the roll who have not come for the last N weeks the room was open, with their
// surrogate parent and last visit, the longest absent first. Admins set N here.
import { Alert, App, Space, Typography, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NotSeen, NotSeenChild } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useAuth } from '../auth/authStore';
import { ClassLabel } from '../../components/childLabels';
import { useSettings } from '../settings/settingsStore';
import { ListTable } from '../../components/ListTable';

export function NotSeenTab({ data, reload }: { data: NotSeen | null; reload(): Promise<void> }) {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const { message } = App.useApp();
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const update = useSettings((s) => s.update);

  const changeWeeks = async (weeks: number | null) => {
    if (weeks === null) return;
    try {
      await update({ notSeenWeeks: weeks });
      await reload();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  if (!data) return null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>
          {data.since ? t('notSeen.title.since', { weeks: data.weeks, since: dayjs(data.since).format('YYYY-MM-DD') }) : t('notSeen.title.plain', { weeks: data.weeks })}
        </Typography.Text>
        {isAdmin && (
          <Space>
            <Typography.Text type="secondary">{t('notSeen.field.weeks')}</Typography.Text>
            <InputNumber aria-label={t('notSeen.field.weeks')} min={1} max={26} value={data.weeks} onChange={(w) => void changeWeeks(w)} style={{ width: 80 }} />
          </Space>
        )}
      </Space>
      {data.since === null && <Alert type="info" showIcon title={t('notSeen.empty.tooFewWeeks', { weeks: data.weeks })} />}
      <ListTable<NotSeenChild>
        rowKey="childId"
        dataSource={data.children}
        pagination={data.children.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        empty={t('notSeen.empty.none')}
        columns={[
          { title: t('notSeen.column.child'), dataIndex: 'childName' },
          { title: t('notSeen.column.class'), key: 'class', render: (_, c) => <ClassLabel grade={c.grade} classNo={c.classNo} /> },
          { title: t('notSeen.column.surrogate'), dataIndex: 'surrogateName', render: (name: string | null) => name ?? t('notSeen.value.noSurrogate') },
          {
            title: t('notSeen.column.lastVisit'),
            dataIndex: 'lastVisitAt',
            render: (at: string | null) => (at ? dayjs(at.slice(0, 10)).format('YYYY-MM-DD ddd') : t('notSeen.value.never')),
          },
          { title: t('notSeen.column.missed'), dataIndex: 'openWeeksMissed', render: (n: number) => t('notSeen.value.weeks', { count: n }) },
        ]}
      />
    </Space>
  );
}
