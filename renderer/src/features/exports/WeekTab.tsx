// 每周导出: export one week now, see whether the scheduled export is keeping up, and every bundle written.
import { App, Space } from 'antd';
import { useEffect } from 'react';
import { errorMessage } from '../../components/errors';
import { ExportStatusCard } from './ExportStatusCard';
import { ExportWeekCard } from './ExportWeekCard';
import { HistoryTable } from './HistoryTable';
import { useExports } from './exportsStore';

export function WeekTab({ visible, onSchedule }: { visible: boolean; onSchedule(): void }) {
  const { message } = App.useApp();
  const reloadExports = useExports((s) => s.reloadExports);

  useEffect(() => {
    if (visible) reloadExports().catch((e: unknown) => message.error(errorMessage(e)));
  }, [visible, reloadExports, message]);

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <ExportWeekCard />
      <ExportStatusCard onSchedule={onSchedule} />
      <HistoryTable />
    </Space>
  );
}
