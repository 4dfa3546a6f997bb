// 关爱记录: the surrogate parents' due list first (her own children, then the whole room), follow-ups,
// children not seen lately, birthdays and each child's records. Admins also set how often each duty falls due.
import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tabs } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotSeen } from '../../../../shared/domain';
import { call } from '../../api';
import { useAuth } from '../auth/authStore';
import { BirthdayList } from './BirthdayList';
import { FollowUpsTab } from './FollowUpsTab';
import { MyDueList } from './MyDueList';
import { NotSeenTab } from './NotSeenTab';
import { PeriodsCard } from './PeriodsCard';
import { useRecordDrawer } from './RecordFormDrawer';
import { RecordsTab } from './RecordsTab';
import { RoomTab } from './RoomTab';
import { useCare } from './careStore';

type TabKey = 'mine' | 'room' | 'followUps' | 'notSeen' | 'birthdays' | 'records';

export function CarePage() {
  const { t } = useTranslation(['care', 'common', 'errors']);
  const isAdmin = useAuth((s) => s.session.role === 'admin');
  const openFollowUps = useCare((s) => s.followUps.filter((f) => !f.doneAt).length);
  const loadFollowUps = useCare((s) => s.loadFollowUps);
  const [tab, setTab] = useState<TabKey>('mine');
  const { drawer, write } = useRecordDrawer();
  const [notSeen, setNotSeen] = useState<NotSeen | null>(null);
  const loadNotSeen = useCallback(async () => setNotSeen(await call('care.notSeen', {})), []);

  useEffect(() => {
    // The tabs' counts; the tab itself reports a failure.
    loadFollowUps().catch(() => undefined);
    loadNotSeen().catch(() => undefined);
  }, [loadFollowUps, loadNotSeen]);
  const absent = notSeen?.children.length ?? 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {isAdmin && <PeriodsCard />}
      {absent > 0 && (tab === 'mine' || tab === 'room') && (
        <Alert
          type="warning"
          showIcon
          title={t('notSeen.alert', { count: absent, weeks: notSeen?.weeks })}
          action={
            <Button size="small" onClick={() => setTab('notSeen')}>
              {t('notSeen.action.open')}
            </Button>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        destroyOnHidden
        tabBarExtraContent={
          <Button type="primary" icon={<EditOutlined />} onClick={() => write({})}>
            {t('page.action.write')}
          </Button>
        }
        items={[
          { key: 'mine', label: t('page.tab.mine'), children: <MyDueList /> },
          { key: 'room', label: t('page.tab.room'), children: <RoomTab /> },
          {
            key: 'followUps',
            label: openFollowUps > 0 ? t('page.tab.followUpsCount', { count: openFollowUps }) : t('page.tab.followUps'),
            children: <FollowUpsTab />,
          },
          {
            key: 'notSeen',
            label: absent > 0 ? t('page.tab.notSeenCount', { count: absent }) : t('page.tab.notSeen'),
            children: <NotSeenTab data={notSeen} reload={loadNotSeen} />,
          },
          { key: 'birthdays', label: t('page.tab.birthdays'), children: <BirthdayList /> },
          { key: 'records', label: t('page.tab.records'), children: <RecordsTab /> },
        ]}
      />
      {drawer}
    </Space>
  );
}
