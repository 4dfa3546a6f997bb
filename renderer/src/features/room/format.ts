import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** "1 h 05 min" style stay length from check-in to now (or to check-out). */
export function stayLength(t: TFunction<['room']>, from: string, to: string | number): string {
  const minutes = Math.max(0, dayjs(to).diff(dayjs(from), 'minute'));
  return t('room:duration.label.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export const clock = (stamp: string | null) => (stamp ? dayjs(stamp).format('HH:mm') : '—');
