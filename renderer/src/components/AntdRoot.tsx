// antd's providers for every part of the app that uses antd: the theme, the language of antd's own words
// (dates, pagination, empty lists) and antd's App (its message, notification and modal hooks). The kiosk
// renders without them (App.tsx): the staff screens, the first-run wizard and the kiosk's lazily loaded
// antd parts (staff sign-in, the review's writing page) each wrap themselves, so antd stays out of the
// kiosk's first download and its first render.
import { App, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { theme } from '../theme';

/** `bare`: inside the kiosk's own layout and font, so antd's App adds no element of its own. */
export function AntdRoot({ bare = false, children }: { bare?: boolean; children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <App component={bare ? false : 'div'}>{children}</App>
    </ConfigProvider>
  );
}
