// An incident's times as a teacher picks them (day and minute, on the PC's clock) and as the contract
// takes them (ISO 8601 with the offset).
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export const STAMP_FORMAT = 'YYYY-MM-DD HH:mm';

export const stampOf = (d: Dayjs): string => d.second(0).millisecond(0).format();

export const shownStamp = (stamp: string): string => dayjs(stamp).format(STAMP_FORMAT);

/** Days after today cannot be picked. */
export const notAhead = (d: Dayjs): boolean => d.isAfter(dayjs(), 'day');

/** A time later today than now is refused by the form before the main process does. */
export function useNotAheadRule() {
  const { t } = useTranslation('incidents');
  return {
    validator: (_: unknown, value: Dayjs | undefined) => (value && value.isAfter(dayjs(), 'minute') ? Promise.reject(new Error(t('error.future'))) : Promise.resolve()),
  };
}
