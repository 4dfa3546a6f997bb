// '2026年第47周' / 'Week 47, 2026' for an ISO week 'YYYY-Www'.
import type { TFunction } from 'i18next';

export const weekLabel = (t: TFunction<['exports']>, week: string): string => t('office.week', { year: week.slice(0, 4), n: Number(week.slice(6)) });
