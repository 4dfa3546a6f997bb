import dayjs from 'dayjs';

/** A stored time or date as the day it fell on: 2026-11-23. */
export const day = (stamp: string | null) => (stamp ? dayjs(stamp).format('YYYY-MM-DD') : '—');

/** A stored time as the clock showed it: 14:05. */
export const clock = (stamp: string | null) => (stamp ? dayjs(stamp).format('HH:mm') : '—');

/** Sorts rows by the Chinese reading of a name or title. */
export const byText = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
