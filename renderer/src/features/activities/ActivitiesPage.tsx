// 活动: the room's weekend activities and interest groups, the children in no group yet, and the monthly
// lectures (a lecture is a session the room holds with attendance taken, like an activity's).
import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LecturesTab } from '../lectures/LecturesTab';
import { ActivitiesTab } from './ActivitiesTab';
import { NotInGroupTab } from './NotInGroupTab';
import { useActivities } from './activitiesStore';

type TabKey = 'list' | 'notInGroup' | 'lectures';

export function ActivitiesPage() {
  const { t } = useTranslation(['activities', 'common', 'errors']);
  const notInGroup = useActivities((s) => s.notInGroup.total);
  const [tab, setTab] = useState<TabKey>('list');

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as TabKey)}
      items={[
        { key: 'list', label: t('page.tab.list'), children: <ActivitiesTab /> },
        {
          key: 'notInGroup',
          label: notInGroup > 0 ? t('page.tab.notInGroupCount', { count: notInGroup }) : t('page.tab.notInGroup'),
          children: <NotInGroupTab />,
        },
        { key: 'lectures', label: t('page.tab.lectures'), children: <LecturesTab /> },
      ]}
    />
  );
}
