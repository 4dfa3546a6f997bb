// What the two letter dialogs share: the months offered (this month; in its first week also the last
// one, whose letter is the one to send), the letter's language, and saving a PDF the main process made.
import { Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain';

const FIRST_DAYS = 7;

export function letterMonths(today = dayjs()): string[] {
  const months = [today.format('YYYY-MM')];
  if (today.date() <= FIRST_DAYS) months.push(today.subtract(1, 'month').format('YYYY-MM'));
  return months;
}

export function useLetterLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export function MonthChoice({ value, onChange }: { value: string; onChange(month: string): void }) {
  const { t } = useTranslation('care');
  const months = letterMonths();
  if (months.length < 2) return null;
  return (
    <Segmented
      aria-label={t('letter.month')}
      value={value}
      onChange={(v) => onChange(String(v))}
      options={months.map((m) => ({ value: m, label: t('letter.monthLabel', { year: m.slice(0, 4), month: Number(m.slice(5, 7)) }) }))}
    />
  );
}
