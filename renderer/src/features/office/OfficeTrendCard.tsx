// A figure over the weeks: one line per room (or school) and the county total, or one room's line
// when a room is opened from the grid.
import { Card, Segmented, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TREND_METRICS, type OfficeTrend, type TrendMetric } from '../../../../shared/office';
import { call } from '../../api';
import { weekLabel } from './weekLabel';
import { WeeklyChart } from '../../components/WeeklyChart';

const ALL = '';

export function OfficeTrendCard({ room, onRoom, version }: { room: string; onRoom: (room: string) => void; version: number }) {
  const { t } = useTranslation(['exports']);
  const [metric, setMetric] = useState<TrendMetric>('visits');
  const [trend, setTrend] = useState<OfficeTrend | null>(null);

  useEffect(() => {
    let live = true;
    void call('office.trend', { metric, by: 'room' }).then((value) => live && setTrend(value));
    return () => {
      live = false;
    };
  }, [metric, version]);

  if (!trend || trend.series.length === 0) return null;
  const lines = trend.series.filter((s) => room === ALL || s.name === room);
  return (
    <Card
      title={room === ALL ? t('office.trend.title') : `${t('office.trend.title')} · ${room}`}
      extra={
        <Space wrap>
          <Select
            aria-label={t('office.trend.room')}
            style={{ minWidth: 220 }}
            value={room}
            onChange={onRoom}
            options={[{ value: ALL, label: t('office.trend.allRooms') }, ...trend.series.map((s) => ({ value: s.name, label: s.name }))]}
          />
          <Segmented<TrendMetric> value={metric} onChange={setMetric} options={TREND_METRICS.slice(0, 5).map((m) => ({ value: m, label: t(`office.metric.${m}`) }))} />
        </Space>
      }
    >
      <WeeklyChart
        option={{
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'category', data: trend.weeks.map((w) => weekLabel(t, w)) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [
            ...lines.map((s) => ({ type: 'line', name: s.name, data: s.values, connectNulls: false, label: { show: room !== ALL, position: 'top' } })),
            ...(room === ALL ? [{ type: 'line', name: t('office.trend.county'), data: trend.total, lineStyle: { type: 'dashed' } }] : []),
          ],
        }}
      />
    </Card>
  );
}
