// Attendance on one day: a tick per enrolled child, and how many came of how many signed up.
import { App, Checkbox, DatePicker, List, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useActivities } from './store';

const DAY = 'YYYY-MM-DD';

/** Attendance is taken only on days the activity meets. */
function meets(activity: Activity, d: Dayjs): boolean {
  const day = d.format(DAY);
  if (activity.kind === 'weekend') return day === activity.date;
  const inTerm = (!activity.termStart || day >= activity.termStart) && (!activity.termEnd || day <= activity.termEnd);
  return inTerm && (d.day() || 7) === activity.weekday;
}

export function AttendanceTab({ activity }: { activity: Activity }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const { attendance, loadAttendance, mark } = useActivities();
  const [date, setDate] = useState<Dayjs>(() => (activity.kind === 'weekend' && activity.date ? dayjs(activity.date) : dayjs()));
  const day = date.format(DAY);
  const sheet = attendance && attendance.activityId === activity.id && attendance.date === day ? attendance : null;

  useEffect(() => {
    loadAttendance(activity.id, day).catch((e: unknown) => message.error(errorMessage(e)));
  }, [activity.id, day, loadAttendance, message]);

  const toggle = async (childId: number, present: boolean) => {
    try {
      await mark(childId, present);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }} size="large">
        <DatePicker aria-label={t('attendance.field.date')} value={date} allowClear={false} disabledDate={(d: Dayjs) => !meets(activity, d)} onChange={(d: Dayjs | null) => d && setDate(d)} />
        {sheet && <Typography.Text strong>{t('attendance.summary.text', { enrolled: sheet.enrolled, attended: sheet.attended })}</Typography.Text>}
      </Space>
      <List
        bordered
        size="small"
        loading={!sheet}
        dataSource={sheet?.rows ?? []}
        locale={{ emptyText: t('attendance.empty.none') }}
        renderItem={(row) => (
          <List.Item>
            <Checkbox checked={row.present === true} onChange={(e) => void toggle(row.childId, e.target.checked)}>
              {row.childName}
            </Checkbox>
            <Typography.Text type="secondary">{t('common:class.label.gradeClass', { grade: row.grade, classNo: row.classNo })}</Typography.Text>
          </List.Item>
        )}
      />
    </>
  );
}
