// 爱心帮扶 (志愿者与爱心妈妈): the room's helpers and their visits, and the aid given to children with the
// semester's counts. Staff only: the kiosk never shows a helper or an aid.
import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AidTab } from './AidTab';
import { HelpersTab } from './HelpersTab';

export function HelpersPage() {
  const { t } = useTranslation('helpers');
  return (
    <>
      <Typography.Title level={3}>{t('page.title')}</Typography.Title>
      <Tabs
        items={[
          { key: 'helpers', label: t('page.tab.helpers'), children: <HelpersTab /> },
          { key: 'aid', label: t('page.tab.aid'), children: <AidTab /> },
        ]}
      />
    </>
  );
}
