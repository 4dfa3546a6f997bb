// 导出与备份 (admins): the weekly export to the school office, the register (台账), the office's check
// of bundles from several rooms, backups and restore, and when the app does these by itself.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackupsTab } from './BackupsTab';
import { BundlesTab } from './bundles/BundlesTab';
import { LedgerTab } from './LedgerTab';
import { ScheduleTab } from './ScheduleTab';
import { WeekTab } from './WeekTab';

type TabKey = 'week' | 'ledger' | 'bundles' | 'backups' | 'schedule';

export function ExportsPage() {
  const { t } = useTranslation(['exports']);
  const [tab, setTab] = useState<TabKey>('week');

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as TabKey)}
      items={[
        { key: 'week', label: t('page.tab.week'), children: <WeekTab visible={tab === 'week'} onSchedule={() => setTab('schedule')} /> },
        { key: 'ledger', label: t('page.tab.ledger'), children: <LedgerTab /> },
        { key: 'bundles', label: t('page.tab.bundles'), children: <BundlesTab /> },
        { key: 'backups', label: t('page.tab.backups'), children: <BackupsTab visible={tab === 'backups'} onSchedule={() => setTab('schedule')} /> },
        { key: 'schedule', label: t('page.tab.schedule'), children: <ScheduleTab /> },
      ]}
    />
  );
}
