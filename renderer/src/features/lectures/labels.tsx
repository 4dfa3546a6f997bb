// A lecture's topic as a coloured tag, and a month as words.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LectureTopic } from '../../../../shared/domain';

const COLORS: Record<LectureTopic, string> = { legal: 'purple', safety: 'orange', mental_health: 'green', other: 'default' };

export function TopicTag({ topic }: { topic: LectureTopic }) {
  const { t } = useTranslation('lectures');
  return <Tag color={COLORS[topic]}>{t(`shared.topic.${topic}`)}</Tag>;
}

/** '2026-09' as 2026年9月 / September 2026, in the screen's language. */
export function useMonthName(): (month: string) => string {
  const { i18n } = useTranslation('lectures');
  const format = new Intl.DateTimeFormat(i18n.language, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  return (month) => format.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}
