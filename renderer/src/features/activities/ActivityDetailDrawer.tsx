// One activity: what it is, who signed up (and who moved up from the waiting list), and attendance.
import { Descriptions, Drawer, Tabs } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { AttendanceTab } from './AttendanceTab';
import { KindTag, WhenText } from './labels';
import { SignupsTab } from './SignupsTab';
import { useActivities } from './activitiesStore';

const STAMP = 'YYYY-MM-DD HH:mm';

export function ActivityDetailDrawer({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const detail = useActivities((s) => s.detail);
  const close = useActivities((s) => s.close);
  const activity = detail?.activity;

  const grades = (() => {
    if (!activity || (activity.gradeFrom === null && activity.gradeTo === null)) return t('detail.grades.all');
    return t('detail.grades.range', { from: activity.gradeFrom ?? 1, to: activity.gradeTo ?? 9 });
  })();

  return (
    <Drawer open={open && !!activity} size={720} title={activity?.title} onClose={onClose} afterOpenChange={(visible) => !visible && close()} destroyOnHidden>
      {activity && (
        <>
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('detail.field.kind')}>
              <KindTag kind={activity.kind} />
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.field.when')}>
              <WhenText activity={activity} />
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.field.place')}>{activity.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.field.teacher')}>{activity.teacherName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.field.grades')}>{grades}</Descriptions.Item>
            <Descriptions.Item label={t('detail.field.count')}>{t('detail.count.text', { enrolled: activity.enrolled, capacity: activity.capacity, waiting: activity.waiting })}</Descriptions.Item>
            <Descriptions.Item label={t('detail.field.signup')} span={2}>
              {t('detail.signup.window', { from: dayjs(activity.signupOpensAt).format(STAMP), to: dayjs(activity.signupClosesAt).format(STAMP) })}
            </Descriptions.Item>
            {activity.description && (
              <Descriptions.Item label={t('detail.field.description')} span={2}>
                {activity.description}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Tabs
            items={[
              { key: 'signups', label: t('detail.tab.signups'), children: <SignupsTab /> },
              { key: 'attendance', label: t('detail.tab.attendance'), children: <AttendanceTab key={activity.id} activity={activity} /> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
