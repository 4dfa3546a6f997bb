import dayjs from 'dayjs';

/** A stored time as the room's clock showed it: 2026-11-20 18:00. */
export const when = (stamp: string | null) => (stamp ? dayjs(stamp).format('YYYY-MM-DD HH:mm') : '—');

/** A file size a person reads at a glance: 812 KB, 3.4 MB. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
