// 值班表: the shown week's duty roster (printable), planned vs actual, and the opening hours.
// Teachers read it; admins generate a term's roster, change single duties and swap two.
import { LeftOutlined, PrinterOutlined, RightOutlined, ScheduleOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast } from '../../../../shared/domain';
import { errorMessage } from '../../components/errors';
import { useAuth } from '../auth/authStore';
import { useWeekLabel } from '../../components/WeekName';
import { useSettings } from '../settings/settingsStore';
import { GenerateDialog } from './GenerateDialog';
import { OpeningsCard } from './OpeningsCard';
import { ReportTable } from './ReportTable';
import './roster.css';
import { mondayOf, useRoster } from './rosterStore';
import { WeekTable } from './WeekTable';

dayjs.extend(isoWeek);

export function RosterPage() {
  const { t } = useTranslation(['roster', 'errors']);
  const { message } = App.useApp();
  const isAdmin = useAuth((s) => roleAtLeast(s.session.role, 'admin'));
  const { weekStart, loadStatic, loadWeek, shiftWeek } = useRoster();
  const [generating, setGenerating] = useState(false);
  const settings = useSettings((s) => s.settings);
  const weekName = useWeekLabel();

  useEffect(() => {
    const fail = (e: unknown) => message.error(errorMessage(e));
    loadStatic().catch(fail);
    loadWeek(mondayOf(dayjs())).catch(fail);
  }, [loadStatic, loadWeek, message]);

  const go = (weeks: number | 'now') => (weeks === 'now' ? loadWeek(mondayOf(dayjs())) : shiftWeek(weeks)).catch((e: unknown) => message.error(errorMessage(e)));
  const range = {
    from: dayjs(weekStart).format('YYYY-MM-DD'),
    to: dayjs(weekStart).add(6, 'day').format('MM-DD'),
  };
  const monday = dayjs(weekStart);
  const week = `${monday.isoWeekYear()}-W${String(monday.isoWeek()).padStart(2, '0')}`;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }} className="roster-page">
      <Card
        className="roster-print"
        title={
          <Space>
            <Button className="roster-noprint" icon={<LeftOutlined />} aria-label={t('page.action.previousWeek')} onClick={() => void go(-1)} />
            <Typography.Text strong>{t('page.title.week', range)}</Typography.Text>
            <Button className="roster-noprint" icon={<RightOutlined />} aria-label={t('page.action.nextWeek')} onClick={() => void go(1)} />
            <Button className="roster-noprint" onClick={() => void go('now')}>
              {t('page.action.thisWeek')}
            </Button>
          </Space>
        }
        extra={
          <Space className="roster-noprint">
            {isAdmin && (
              <Button icon={<ScheduleOutlined />} onClick={() => setGenerating(true)}>
                {t('page.action.generate')}
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              {t('page.action.print')}
            </Button>
          </Space>
        }
      >
        {/* On paper the sheet says whose roster it is and which week, in words. */}
        <div className="roster-printonly">
          <div>
            {settings?.schoolName} · {settings?.roomName}
          </div>
          <h2>{t('page.print.title', { week: weekName(week) })}</h2>
        </div>
        <WeekTable isAdmin={isAdmin} />
      </Card>
      <Card className="roster-noprint" title={t('report.card.title')}>
        <ReportTable />
      </Card>
      <div className="roster-noprint">
        <OpeningsCard isAdmin={isAdmin} />
      </div>
      {isAdmin && <GenerateDialog open={generating} onClose={() => setGenerating(false)} />}
    </Space>
  );
}
