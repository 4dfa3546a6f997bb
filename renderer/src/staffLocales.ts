// The staff screens' words in both languages, loaded with the staff screens (see locales.ts).
import type { Language } from '../../shared/domain';
import enActivities from '../../resources/locales/en/activities.json';
import enHelpers from '../../resources/locales/en/helpers.json';
import enIncidents from '../../resources/locales/en/incidents.json';
import enHome from '../../resources/locales/en/home.json';
import enCalls from '../../resources/locales/en/calls.json';
import enCare from '../../resources/locales/en/care.json';
import enExports from '../../resources/locales/en/exports.json';
import enPrivacy from '../../resources/locales/en/privacy.json';
import enRoom from '../../resources/locales/en/room.json';
import enRoster from '../../resources/locales/en/roster.json';
import enSchoolYear from '../../resources/locales/en/schoolYear.json';
import enChildren from '../../resources/locales/en/children.json';
import enLectures from '../../resources/locales/en/lectures.json';
import enLibrary from '../../resources/locales/en/library.json';
import enSettings from '../../resources/locales/en/settings.json';
import enSetup from '../../resources/locales/en/setup.json';
import enStaff from '../../resources/locales/en/staff.json';
import zhActivities from '../../resources/locales/zh-CN/activities.json';
import zhHelpers from '../../resources/locales/zh-CN/helpers.json';
import zhIncidents from '../../resources/locales/zh-CN/incidents.json';
import zhHome from '../../resources/locales/zh-CN/home.json';
import zhCalls from '../../resources/locales/zh-CN/calls.json';
import zhCare from '../../resources/locales/zh-CN/care.json';
import zhExports from '../../resources/locales/zh-CN/exports.json';
import zhPrivacy from '../../resources/locales/zh-CN/privacy.json';
import zhRoom from '../../resources/locales/zh-CN/room.json';
import zhRoster from '../../resources/locales/zh-CN/roster.json';
import zhSchoolYear from '../../resources/locales/zh-CN/schoolYear.json';
import zhChildren from '../../resources/locales/zh-CN/children.json';
import zhLectures from '../../resources/locales/zh-CN/lectures.json';
import zhLibrary from '../../resources/locales/zh-CN/library.json';
import zhSettings from '../../resources/locales/zh-CN/settings.json';
import zhSetup from '../../resources/locales/zh-CN/setup.json';
import zhStaff from '../../resources/locales/zh-CN/staff.json';

const zh = {
  setup: zhSetup,
  children: zhChildren,
  staff: zhStaff,
  settings: zhSettings,
  room: zhRoom,
  roster: zhRoster,
  calls: zhCalls,
  home: zhHome,
  library: zhLibrary,
  activities: zhActivities,
  lectures: zhLectures,
  helpers: zhHelpers,
  incidents: zhIncidents,
  care: zhCare,
  exports: zhExports,
  privacy: zhPrivacy,
  schoolYear: zhSchoolYear,
};

export type StaffResources = typeof zh;

export const staffResources: Record<Language, StaffResources> = {
  'zh-CN': zh,
  en: {
    setup: enSetup,
    children: enChildren,
    staff: enStaff,
    settings: enSettings,
    room: enRoom,
    roster: enRoster,
    calls: enCalls,
    home: enHome,
    library: enLibrary,
    activities: enActivities,
    lectures: enLectures,
    helpers: enHelpers,
    incidents: enIncidents,
    care: enCare,
    exports: enExports,
    privacy: enPrivacy,
    schoolYear: enSchoolYear,
  },
};
