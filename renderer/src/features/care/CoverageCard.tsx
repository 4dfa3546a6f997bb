// 关爱覆盖率: the share of children on the roll with a talk and a parent contact this month and a home
// visit and a letter this semester, and the same over the last six months as lines.
import { Card, Col, Row, Statistic, Typography } from 'antd';
import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { CARE_DUTIES, type CareCoverage } from '../../../../shared/domain';

const COLORS = { talk: '#e8590c', contact: '#1971c2', visit: '#2f9e44', letter: '#9c36b5' } as const;
const percent = (share: number) => Math.round(share * 100);

export function CoverageCard({ coverage }: { coverage: CareCoverage }) {
  const { t } = useTranslation(['care', 'common']);

  return (
    <Card title={t('room.coverage.title')}>
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={4}>
          <Statistic title={t('room.coverage.children')} value={coverage.children} />
        </Col>
        {CARE_DUTIES.map((duty) => (
          <Col key={duty} xs={12} lg={5}>
            <Statistic title={t(`room.coverage.stat.${duty}`)} value={percent(coverage.current[duty])} suffix="%" styles={{ content: { color: COLORS[duty] } }} />
            {/* 0% of 300 and 0% of 3 are not the same news: the counts stand beside the share. */}
            <Typography.Text type="secondary">{t('room.coverage.counts', { done: coverage.currentCounts[duty], onRoll: coverage.currentCounts.onRoll })}</Typography.Text>
          </Col>
        ))}
      </Row>
      <ReactECharts
        style={{ height: 260, marginTop: 16 }}
        option={{
          grid: { left: 48, right: 16, top: 40, bottom: 32 },
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
          legend: { top: 0 },
          xAxis: { type: 'category', data: coverage.months.map((m) => m.month) },
          yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
          series: CARE_DUTIES.map((duty) => ({
            type: 'line',
            name: t(`shared.duty.${duty}`),
            data: coverage.months.map((m) => percent(m[duty])),
            itemStyle: { color: COLORS[duty] },
          })),
        }}
      />
    </Card>
  );
}
