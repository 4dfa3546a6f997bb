// 本学期最受欢迎: the books lent most this semester, as bars a teacher takes in at a glance.
import { Card, Empty } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { useReviews } from './reviewsStore';

export function PopularChart() {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const popular = useReviews((s) => s.popular);
  // ECharts draws a category axis bottom-up: the most-lent book goes last to sit on top.
  const rows = [...popular].reverse();

  return (
    <Card title={t('popular.title.main')}>
      {popular.length === 0 ? (
        <Empty description={t('popular.empty.text')} />
      ) : (
        <ReactECharts
          style={{ height: Math.max(180, rows.length * 36 + 40) }}
          option={{
            grid: { left: 8, right: 32, top: 8, bottom: 24, containLabel: true },
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', data: rows.map((b) => `《${b.title}》`), axisLabel: { width: 140, overflow: 'truncate' } },
            series: [
              {
                type: 'bar',
                name: t('popular.series.loans'),
                data: rows.map((b) => b.loans),
                itemStyle: { color: '#2b8a3e' },
                label: { show: true, position: 'right' },
              },
            ],
          }}
        />
      )}
    </Card>
  );
}
