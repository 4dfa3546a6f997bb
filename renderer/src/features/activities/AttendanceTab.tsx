// Attendance on one day: a tick per enrolled child, and how many came of how many signed up.
import { App, DatePicker, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain';
import { DEFAULT_TIMEZONE, toLocalDate } from '../../../../shared/time';
import { AttendanceList } from '../../components/AttendanceList';
import { errorMessage } from '../../components/errors';
import { useSettings } from '../settings/settingsStore';
import { meetsOn, sessionDay } from './sessions';
import { useActivities } from './activitiesStore';

const DAY = 'YYYY-MM-DD';

export function AttendanceTab({ activity }: { activity: Activity }) {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const { message } = App.useApp();
  const { attendance, loadAttendance, mark } = useActivities();
  const timezone = useSettings((s) => s.settings?.timezone ?? DEFAULT_TIMEZONE);
  const [date, setDate] = useState<Dayjs>(() => dayjs(sessionDay(activity, toLocalDate(new Date(), timezone))));
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
        <DatePicker
          aria-label={t('attendance.field.date')}
          value={date}
          allowClear={false}
          disabledDate={(d: Dayjs) => !meetsOn(activity, d.format(DAY))}
          onChange={(d: Dayjs | null) => d && setDate(d)}
        />
        {sheet && <Typography.Text strong>{t('attendance.summary.text', { enrolled: sheet.enrolled, attended: sheet.attended })}</Typography.Text>}
      </Space>
      <AttendanceList rows={sheet?.rows ?? null} empty={t('attendance.empty.none')} onToggle={toggle} />
    </>
  );
}
