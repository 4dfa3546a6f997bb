// Staff mode: a menu of the room's capabilities, the signed-in teacher, the language and the lock.
import {
  CloudUploadOutlined,
  FlagOutlined,
  GiftOutlined,
  HeartOutlined,
  SafetyOutlined,
  AlertOutlined,
  HomeOutlined,
  LockOutlined,
  PhoneOutlined,
  ReadOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Segmented, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { roleAtLeast, type Language, type Role } from '../../../../shared/domain';
import { ActivitiesPage } from '../activities/ActivitiesPage';
import { AntdRoot } from '../../components/AntdRoot';
import { useAuth } from '../auth/authStore';
import { CallsPage } from '../calls/CallsPage';
import { CarePage } from '../care/CarePage';
import { ChildrenPage } from '../children/ChildrenPage';
import { ClockNotice } from '../clock/ClockNotice';
import { ExportsPage } from '../exports/ExportsPage';
import { HelpersPage } from '../helpers/HelpersPage';
import { HomePage } from '../home/HomePage';
import { IncidentsPage } from '../incidents/IncidentsPage';
import { LibraryPage } from '../library/LibraryPage';
import { PrivacyPage } from '../privacy/PrivacyPage';
import { RoomPage } from '../room/RoomPage';
import { RosterPage } from '../duty/RosterPage';
import { SettingsPage } from '../settings/SettingsPage';
import { useSettings } from '../settings/settingsStore';
import { StaffPage } from '../staff/StaffPage';

type PageKey = 'home' | 'room' | 'calls' | 'care' | 'library' | 'activities' | 'helpers' | 'incidents' | 'roster' | 'children' | 'staff' | 'exports' | 'privacy' | 'settings';

interface PageDef {
  key: PageKey;
  role: Role;
  icon: ReactNode;
  render(): ReactNode;
}

const PAGES: PageDef[] = [
  { key: 'home', role: 'teacher', icon: <HomeOutlined />, render: () => <HomePage /> },
  { key: 'room', role: 'teacher', icon: <UsergroupAddOutlined />, render: () => <RoomPage /> },
  { key: 'calls', role: 'teacher', icon: <PhoneOutlined />, render: () => <CallsPage /> },
  { key: 'care', role: 'teacher', icon: <HeartOutlined />, render: () => <CarePage /> },
  { key: 'library', role: 'teacher', icon: <ReadOutlined />, render: () => <LibraryPage /> },
  { key: 'activities', role: 'teacher', icon: <FlagOutlined />, render: () => <ActivitiesPage /> },
  { key: 'helpers', role: 'teacher', icon: <GiftOutlined />, render: () => <HelpersPage /> },
  { key: 'incidents', role: 'teacher', icon: <AlertOutlined />, render: () => <IncidentsPage /> },
  { key: 'roster', role: 'teacher', icon: <ScheduleOutlined />, render: () => <RosterPage /> },
  { key: 'children', role: 'teacher', icon: <UserOutlined />, render: () => <ChildrenPage /> },
  { key: 'staff', role: 'admin', icon: <TeamOutlined />, render: () => <StaffPage /> },
  { key: 'exports', role: 'admin', icon: <CloudUploadOutlined />, render: () => <ExportsPage /> },
  { key: 'privacy', role: 'admin', icon: <SafetyOutlined />, render: () => <PrivacyPage /> },
  { key: 'settings', role: 'admin', icon: <SettingOutlined />, render: () => <SettingsPage /> },
];

export function StaffShell() {
  const { t } = useTranslation();
  const session = useAuth((s) => s.session);
  const lock = useAuth((s) => s.lock);
  const settings = useSettings((s) => s.settings);
  const setLanguage = useSettings((s) => s.setLanguage);
  const [pageKey, setPageKey] = useState<PageKey>('home');
  const pages = PAGES.filter((p) => roleAtLeast(session.role, p.role));
  // Home is every staff role's.
  const page = pages.find((p) => p.key === pageKey) ?? pages[0]!;

  return (
    <AntdRoot>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider theme="light" width={200} breakpoint="lg">
          <div style={{ padding: '20px 16px', fontWeight: 700, fontSize: 18, color: '#d9480f' }}>{t('app.title')}</div>
          <Menu mode="inline" selectedKeys={[page.key]} onClick={(e) => setPageKey(e.key as PageKey)} items={pages.map((p) => ({ key: p.key, icon: p.icon, label: t(`nav.menu.${p.key}`) }))} />
        </Layout.Sider>
        <Layout>
          <Layout.Header style={{ background: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center', padding: '0 24px' }}>
            <Typography.Text strong>
              {settings?.schoolName} · {settings?.roomName}
            </Typography.Text>
            <Space size="middle">
              <Segmented<Language>
                aria-label={t('nav.language.label')}
                value={settings?.language ?? 'zh-CN'}
                onChange={(language) => void setLanguage(language)}
                options={[
                  { value: 'zh-CN', label: '中文' },
                  { value: 'en', label: 'English' },
                ]}
              />
              <Typography.Text>
                {session.staffName} ({t(`role.${session.role}`)})
              </Typography.Text>
              <Button icon={<LockOutlined />} onClick={() => void lock()}>
                {t('nav.action.lock')}
              </Button>
            </Space>
          </Layout.Header>
          <ClockNotice />
          <Layout.Content style={{ padding: 24 }}>{page.render()}</Layout.Content>
        </Layout>
      </Layout>
    </AntdRoot>
  );
}
