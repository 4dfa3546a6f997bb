// A week as people say it ("第49周（11月30日—12月6日）"), with the ISO code beside it as a detail.
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { weekLabel } from '../../../shared/weekLabel';

export function useWeekLabel(): (week: string) => string {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (week) => weekLabel(week, language);
}

export function WeekName({ week }: { week: string }) {
  const label = useWeekLabel();
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {label(week)}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {week}
      </Typography.Text>
    </span>
  );
}
