// 图书角: the room's shelf in four tabs. The desk comes first: lending and returning is what a duty
// teacher does most, and its scan box takes the focus whenever the tab shows.
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CatalogueTab } from './CatalogueTab';
import { DeskTab } from './DeskTab';
import { OverdueTab } from './OverdueTab';
import { ReviewsTab } from './ReviewsTab';
import { useLibrary } from './libraryStore';

type TabKey = 'desk' | 'catalogue' | 'overdue' | 'reviews';

export function LibraryPage() {
  const { t } = useTranslation(['library', 'common', 'errors']);
  const overdue = useLibrary((s) => s.overdue.length);
  const [tab, setTab] = useState<TabKey>('desk');

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as TabKey)}
      items={[
        { key: 'desk', label: t('page.tab.desk'), children: <DeskTab visible={tab === 'desk'} /> },
        { key: 'catalogue', label: t('page.tab.catalogue'), children: <CatalogueTab visible={tab === 'catalogue'} /> },
        {
          key: 'overdue',
          label: overdue > 0 ? t('page.tab.overdueCount', { count: overdue }) : t('page.tab.overdue'),
          children: <OverdueTab visible={tab === 'overdue'} />,
        },
        { key: 'reviews', label: t('page.tab.reviews'), children: <ReviewsTab visible={tab === 'reviews'} /> },
      ]}
    />
  );
}
