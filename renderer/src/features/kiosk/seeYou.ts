// The goodbye that names the next day the room opens: "明天见" when it is tomorrow, "星期一见" on a Friday
// when the room is closed at the weekend. Both dates are in the room's calendar.
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

export function seeYou(t: TFunction<'kiosk'>, stamp: string, nextOpenDate: string | null): string | null {
  if (nextOpenDate === null) return null;
  // The stamp carries the room's offset, so its first ten characters are the room's date.
  const tomorrow = dayjs(stamp.slice(0, 10)).add(1, 'day').format('YYYY-MM-DD');
  if (nextOpenDate === tomorrow) return t('child.seeYou.tomorrow');
  const isoWeekday = ((dayjs(nextOpenDate).day() + 6) % 7) + 1;
  return t(`child.seeYou.${isoWeekday}` as 'child.seeYou.1');
}
