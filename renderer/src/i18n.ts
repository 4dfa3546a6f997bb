// i18next with one namespace per feature; zh-CN first, English second. Keys are typed from zh-CN.
// The kiosk's namespaces are bundled; the staff screens' arrive with them (loadStaffLocales).
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/domain';
import { kioskResources } from './locales';

export const defaultNS = 'common';

void i18n.use(initReactI18next).init({
  resources: kioskResources,
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  defaultNS,
  ns: Object.keys(kioskResources['zh-CN']),
  interpolation: { escapeValue: false },
  returnNull: false,
});

let staffLocales: Promise<void> | null = null;

/** Adds the staff screens' words, once; the lazy staff screens wait for it before they render. */
export function loadStaffLocales(): Promise<void> {
  staffLocales ??= import('./staffLocales').then(({ staffResources }) => {
    for (const [language, bundles] of Object.entries(staffResources)) {
      for (const [ns, bundle] of Object.entries(bundles)) i18n.addResourceBundle(language, ns, bundle);
    }
  });
  // A failed fetch is tried again by the next caller.
  staffLocales.catch(() => (staffLocales = null));
  return staffLocales;
}

export function setLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
