// What the kiosk needs before it shows, in both languages: the rest (every staff screen's words) is
// fetched with the staff screens (staffLocales.ts), which keeps the kiosk's first download small.
import type { Language } from '../../shared/domain';
import enAuth from '../../resources/locales/en/auth.json';
import enCommon from '../../resources/locales/en/common.json';
import enErrors from '../../resources/locales/en/errors.json';
import enKiosk from '../../resources/locales/en/kiosk.json';
import zhAuth from '../../resources/locales/zh-CN/auth.json';
import zhCommon from '../../resources/locales/zh-CN/common.json';
import zhErrors from '../../resources/locales/zh-CN/errors.json';
import zhKiosk from '../../resources/locales/zh-CN/kiosk.json';
import type { StaffResources } from './staffLocales';

const zh = {
  common: zhCommon,
  errors: zhErrors,
  auth: zhAuth,
  kiosk: zhKiosk,
};

export type KioskResources = typeof zh;
/** Every namespace, for typed keys: the kiosk's here, the staff screens' once loaded. */
export type Resources = KioskResources & StaffResources;

export const kioskResources: Record<Language, KioskResources> = {
  'zh-CN': zh,
  en: {
    common: enCommon,
    errors: enErrors,
    auth: enAuth,
    kiosk: enKiosk,
  },
};
