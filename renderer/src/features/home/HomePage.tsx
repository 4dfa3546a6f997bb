// The duty teacher's home: today's and this week's check-ins and calls, her duty, her children who
// are due a talk, a contact, a visit or a letter, the incidents still to follow up, this and next
// week's birthdays, and four weeks of attendance; for the admin, the new school year's step when it is due.
import { Card, Col, Row, Statistic } from 'antd';
import dayjs from 'dayjs';
import ReactECharts from 'echarts-for-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomStats } from '../../../../shared/domain';
import { call } from '../../api';
import { BirthdayList } from '../care/BirthdayList';
import { MyDueList } from '../care/MyDueList';
import { TalkRequestsCard } from '../care/TalkRequestsCard';
import { DutyCard } from '../duty/DutyCard';
import { IncidentFollowUpsCard } from '../incidents/IncidentFollowUpsCard';
import { SchoolYearCard } from '../schoolYear/SchoolYearCard';

export function HomePage() {
  const { t } = useTranslation(['home']);
  const [stats, setStats] = useState<RoomStats | null>(null);

  useEffect(() => {
    call('stats.room', {}).then(setStats, () => setStats(null));
  }, []);

  const tiles =
    stats &&
    ([
      { key: 'todayCheckIns', value: stats.today.checkIns },
      { key: 'todayCalls', value: stats.today.calls },
      { key: 'weekCheckIns', value: stats.week.checkIns },
      { key: 'weekCalls', value: stats.week.calls },
    ] as const);

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <SchoolYearCard />
      </Col>
      {tiles?.map((tile) => (
        <Col key={tile.key} xs={12} lg={6}>
          <Card>
            <Statistic title={t(`home:counts.stat.${tile.key}`)} value={tile.value} />
          </Card>
        </Col>
      ))}
      <Col span={24}>
        <TalkRequestsCard />
      </Col>
      <Col span={24}>
        <IncidentFollowUpsCard />
      </Col>
      <Col span={24}>
        <DutyCard />
      </Col>
      <Col xs={24} xl={14}>
        <Card title={t('home:care.title.due')}>
          <MyDueList compact />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card title={t('home:care.title.birthdays')}>
          <BirthdayList compact />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('home:chart.title.checkIns')}>
          {stats && (
            <ReactECharts
              style={{ height: 280 }}
              option={{
                grid: { left: 40, right: 16, top: 16, bottom: 40 },
                tooltip: { trigger: 'axis' },
                xAxis: { type: 'category', data: stats.daily.map((d) => dayjs(d.date).format('MM-DD')) },
                yAxis: { type: 'value', minInterval: 1 },
                series: [{ type: 'bar', name: t('home:chart.series.checkIns'), data: stats.daily.map((d) => d.checkIns), itemStyle: { color: '#e8590c' } }],
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
