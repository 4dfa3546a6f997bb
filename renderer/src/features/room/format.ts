import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** "1 h 5 min" or "25 min" stay length from check-in to now (or to check-out). */
export function stayLength(t: TFunction<['room']>, from: string, to: string | number): string {
  const minutes = Math.max(0, dayjs(to).diff(dayjs(from), 'minute'));
  // Under an hour reads "2分钟", not "0小时2分".
  if (minutes < 60) return t('room:duration.label.minutes', { minutes });
  return t('room:duration.label.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

export const clock = (stamp: string | null) => (stamp ? dayjs(stamp).format('HH:mm') : '—');
