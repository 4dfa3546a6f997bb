// A chart of figures week by week with its legend on top (the bundle check's and the office's trend):
// one size and margins for both, each saying its own axes and series.
import ReactECharts from 'echarts-for-react';
import type { ComponentProps } from 'react';

type Option = ComponentProps<typeof ReactECharts>['option'];

export function WeeklyChart({ option }: { option: Option }) {
  return <ReactECharts style={{ height: 320 }} notMerge option={{ grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true }, legend: { top: 0 }, ...option }} />;
}
