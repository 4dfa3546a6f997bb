// i18next with one namespace per feature; zh-CN first, English second. Keys are typed from zh-CN.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { resources } from './locales';

export const defaultNS = 'common';

void i18n.use(initReactI18next).init({
  resources,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  defaultNS,
  ns: Object.keys(resources['zh-CN']),
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
