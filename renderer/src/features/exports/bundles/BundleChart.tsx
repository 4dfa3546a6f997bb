// One figure per room and week, as bars: weeks along the bottom, one series per room. Only each
// week's counting bundle is drawn (passed, newest revision, not partial), with the figures its CSVs give.
import { Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleCheck, BundleFigures } from '../../../../../shared/bundleCheck';
import { WeeklyChart } from '../../../components/WeeklyChart';

type Metric = 'visits' | 'children' | 'calls' | 'loans' | 'signups';
const METRICS: Metric[] = ['visits', 'children', 'calls', 'loans', 'signups'];

interface Point {
  room: string;
  week: string;
  figures: BundleFigures;
}

export function BundleChart({ checks }: { checks: BundleCheck[] }) {
  const { t } = useTranslation(['exports']);
  const [metric, setMetric] = useState<Metric>('visits');
  const points: Point[] = checks.flatMap((c) => (c.manifest && c.figures ? [{ room: `${c.manifest.school} · ${c.manifest.room}`, week: c.manifest.week, figures: c.figures }] : []));
  const weeks = [...new Set(points.map((p) => p.week))].sort();
  const rooms = [...new Set(points.map((p) => p.room))].sort((a, b) => a.localeCompare(b, 'zh-CN'));

  return (
    <Card title={t('bundles.chart.title')} extra={<Segmented<Metric> value={metric} onChange={setMetric} options={METRICS.map((m) => ({ value: m, label: t(`bundles.figure.${m}`) }))} />}>
      <WeeklyChart
        option={{
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          xAxis: { type: 'category', data: weeks },
          yAxis: { type: 'value', minInterval: 1 },
          series: rooms.map((room) => ({
            type: 'bar',
            name: room,
            data: weeks.map((week) => points.find((p) => p.room === room && p.week === week)?.figures[metric] ?? null),
            label: { show: true, position: 'top' },
          })),
        }}
      />
    </Card>
  );
}
