// 讲座缺月: the months of this semester the room was open and held no lecture; this month, when none
// is held yet, as "not yet this month" rather than a miss. On the care overview and the lectures tab.
import { Alert, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLectures } from './lecturesStore';
import { useMonthName } from './labels';

export function LectureGaps() {
  const { t } = useTranslation('lectures');
  const gaps = useLectures((s) => s.gaps);
  const loadGaps = useLectures((s) => s.loadGaps);
  const monthName = useMonthName();

  useEffect(() => {
    // A failure leaves the notice out; the lectures tab itself says what went wrong.
    loadGaps().catch(() => undefined);
  }, [loadGaps]);

  if (!gaps) return null;
  const missed = gaps.months.filter((m) => !m.current);
  const thisMonth = gaps.months.some((m) => m.current);
  if (missed.length === 0 && !thisMonth) return <Alert data-testid="lecture-gaps" type="success" showIcon title={t('gaps.none')} />;
  return (
    <Alert
      data-testid="lecture-gaps"
      type={missed.length > 0 ? 'warning' : 'info'}
      showIcon
      title={missed.length > 0 ? t('gaps.missed', { count: missed.length }) : t('gaps.thisMonth')}
      description={
        <Space wrap>
          {missed.map((m) => (
            <Tag key={m.month} color="red">
              {monthName(m.month)}
            </Tag>
          ))}
          {thisMonth && missed.length > 0 && <Tag color="blue">{t('gaps.thisMonth')}</Tag>}
        </Space>
      }
    />
  );
}
