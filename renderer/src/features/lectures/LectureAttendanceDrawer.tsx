// 讲座签到: a tick per child on the roll that day, those who were in the room first (most likely there).
import { App, Drawer, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lecture } from '../../../../shared/domain';
import { AttendanceList } from '../../components/AttendanceList';
import { errorMessage } from '../../components/errors';
import { useLectures } from './lecturesStore';

export function LectureAttendanceDrawer({ lecture, onClose }: { lecture: Lecture | null; onClose(): void }) {
  const { t } = useTranslation(['lectures', 'common', 'errors']);
  const { message } = App.useApp();
  const { attendance, loadAttendance, mark } = useLectures();
  const sheet = lecture && attendance?.lectureId === lecture.id ? attendance : null;

  useEffect(() => {
    if (lecture) loadAttendance(lecture.id).catch((e: unknown) => message.error(errorMessage(e)));
  }, [lecture, loadAttendance, message]);

  const toggle = async (childId: number, present: boolean) => {
    try {
      await mark(childId, present);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Drawer open={lecture !== null} size={520} title={lecture ? t('attendance.title', { title: lecture.title, date: lecture.date }) : ''} onClose={onClose} destroyOnHidden>
      {sheet && (
        <Typography.Paragraph strong data-testid="lecture-present">
          {t('attendance.summary', { count: sheet.present })}
        </Typography.Paragraph>
      )}
      {lecture?.voidedAt && <Typography.Paragraph type="secondary">{t('attendance.voided')}</Typography.Paragraph>}
      <AttendanceList
        rows={sheet?.rows ?? null}
        empty={t('attendance.empty')}
        disabled={Boolean(lecture?.voidedAt)}
        extra={(row) => row.inRoom && <Tag color="green">{t('attendance.inRoom')}</Tag>}
        onToggle={toggle}
      />
    </Drawer>
  );
}
