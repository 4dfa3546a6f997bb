// dayjs locales for the UI. Weeks start on Monday in every language: the room's weeks, the roster and
// the exported bundles are ISO weeks, so the English week picker must not draw Sunday-first rows.
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import updateLocale from 'dayjs/plugin/updateLocale.js';

dayjs.extend(updateLocale);
dayjs.updateLocale('en', { weekStart: 1 });
