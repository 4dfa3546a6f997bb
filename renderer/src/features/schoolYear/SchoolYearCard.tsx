// The admin's home card for the new school year: "新学年" while it is due; once run, what it did, the
// handover sheets to print, and undo until the end of that day.
import { CalendarOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusy } from '../../components/useBusy';
import { useAuth } from '../auth/authStore';
import { HandoverButtons } from './HandoverButtons';
import { SchoolYearDialog } from './SchoolYearDialog';
import { useSchoolYear } from './schoolYearStore';

export function SchoolYearCard() {
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  return isAdmin ? <AdminCard /> : null;
}

function AdminCard() {
  const { t } = useTranslation('schoolYear');
  const status = useSchoolYear((s) => s.status);
  const load = useSchoolYear((s) => s.load);
  const undo = useSchoolYear((s) => s.undo);
  const [open, setOpen] = useState(false);
  const { busy, run } = useBusy();

  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  if (!status) return null;
  const step = status.step?.undoable ? status.step : null;
  if (!status.due && !step) return null;

  if (step) {
    const year = t('year', { from: step.schoolYear, to: step.schoolYear + 1 });
    return (
      <Card title={t('card.doneTitle', { year })}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('card.doneSummary', { ...step.summary, time: dayjs(step.runAt).format('HH:mm'), by: step.runByName ?? '' })}</Typography.Text>
          <HandoverButtons />
          <Space>
            <Popconfirm title={t('card.undoConfirm')} okText={t('card.undoOk')} cancelText={t('dialog.cancel')} onConfirm={() => void run(() => undo())}>
              <Button danger loading={busy}>
                {t('card.undo')}
              </Button>
            </Popconfirm>
            <Typography.Text type="secondary">{t('card.undoHelp')}</Typography.Text>
          </Space>
        </Space>
      </Card>
    );
  }
  const year = t('year', { from: status.schoolYear, to: status.schoolYear + 1 });
  return (
    <Card title={t('card.dueTitle')} extra={year}>
      <Space wrap>
        <Typography.Text>{t('card.dueText', { date: status.startsOn })}</Typography.Text>
        <Button type="primary" icon={<CalendarOutlined />} onClick={() => setOpen(true)}>
          {t('card.start')}
        </Button>
      </Space>
      {open && <SchoolYearDialog onClose={() => setOpen(false)} />}
    </Card>
  );
}
