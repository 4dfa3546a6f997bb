// Minors' data (admin): who opened which file, erasure after the retention period, a child's data export.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessLogTab } from './AccessLogTab';
import { DataExportTab } from './DataExportTab';
import { ErasureTab } from './ErasureTab';

type TabKey = 'access' | 'erasure' | 'export';

export function PrivacyPage() {
  const { t } = useTranslation(['privacy']);
  const [tab, setTab] = useState<TabKey>('access');

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as TabKey)}
      // Each tab mounts when shown, so it loads what is true now (a file opened a minute ago, a child who just became erasable).
      destroyOnHidden
      items={[
        { key: 'access', label: t('page.tab.access'), children: <AccessLogTab /> },
        { key: 'erasure', label: t('page.tab.erasure'), children: <ErasureTab /> },
        { key: 'export', label: t('page.tab.export'), children: <DataExportTab /> },
      ]}
    />
  );
}
