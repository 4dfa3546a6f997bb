// A parent's best time to call, as a child's file writes it ("晚上8点以后", "20:00-22:00", "中午",
// "周末全天", "22:00-01:00" for a night shift), read into windows of the week so the phone queue can
// say whether now is a good time. Text that says no time the app can read gives null: no mark.

export interface CallWindow {
  /** ISO weekdays (1 Monday … 7 Sunday) the window opens on. */
  days: number[];
  /** Minutes after midnight; `to` below `from` runs past midnight into the next day. */
  from: number;
  to: number;
}

const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS = [1, 2, 3, 4, 5];
const WEEKEND = [6, 7];
const END_OF_EVENING = 22 * 60;

/** Parts of the day as parents and teachers name them, with the hours they mean. */
const PARTS: [RegExp, number, number][] = [
  [/早上|早晨|清早/, 6 * 60, 8 * 60],
  [/上午/, 8 * 60, 12 * 60],
  [/中午|午休|午饭/, 12 * 60, 13 * 60 + 30],
  [/下午/, 14 * 60, 18 * 60],
  [/傍晚/, 17 * 60, 19 * 60],
  [/晚上|晚饭后|夜里|晚间/, 19 * 60, END_OF_EVENING],
  [/全天|随时|都可以|任何时间/, 0, 24 * 60],
];

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function daysOf(text: string): number[] {
  if (/周末|星期[六日天]|礼拜[六日天]|双休/.test(text)) return /工作日|周一|平时/.test(text) ? ALL_DAYS : WEEKEND;
  if (/工作日|周一至周五|周一到周五|平时|上班日/.test(text)) return WEEKDAYS;
  return ALL_DAYS;
}

/** "8", "20", "八", "8:30", "8点半" as minutes, with 晚上/下午 before a small hour meaning p.m. */
function clockOf(hourText: string, minuteText: string | undefined, half: boolean, afternoon: boolean): number | null {
  const hour = /^\d+$/.test(hourText) ? Number(hourText) : CN_DIGITS[hourText];
  if (hour === undefined || hour > 24) return null;
  const minutes = half ? 30 : minuteText ? Number(minuteText) : 0;
  if (minutes > 59) return null;
  const h = afternoon && hour < 12 ? hour + 12 : hour;
  return (h % 24) * 60 + minutes;
}

const TIME = String.raw`(\d{1,2}|十[一二]?|[一二两三四五六七八九])(?:[:：点时](\d{1,2})?)?(半)?`;
const RANGE = new RegExp(`${TIME}\\s*(?:-|—|–|~|～|到|至)\\s*(?:次日|第二天)?${TIME}`);
const AFTER = new RegExp(`${TIME}\\s*(?:点|时)?\\s*(?:以后|之后|后)`);
const BEFORE = new RegExp(`${TIME}\\s*(?:点|时)?\\s*(?:以前|之前|前)`);

export function parseCallTime(raw: string | null): CallWindow[] | null {
  if (!raw) return null;
  const text = raw.replace(/\s+/g, '');
  const days = daysOf(text);
  const pm = /晚|下午|傍晚|夜/.test(text);
  const range = RANGE.exec(text);
  if (range) {
    // An hour is TIME's one group without a ?: it is there once the regex matched.
    const from = clockOf(range[1]!, range[2], range[3] === '半', pm);
    let to = clockOf(range[4]!, range[5], range[6] === '半', false);
    if (from === null || to === null) return null;
    // "晚上8点到10点" ends at 22:00 and "中午12点到1点" at 13:00: an end twelve hours on still follows the
    // start; "22:00-01:00" and "晚上10点到次日1点" run past midnight.
    if (to <= from && to + 720 > from && !/次日|第二天/.test(text)) to += 720;
    if (to === 0) to = 24 * 60;
    return [{ days, from, to: Math.min(to, 24 * 60) }];
  }
  const after = AFTER.exec(text);
  if (after) {
    const from = clockOf(after[1]!, after[2], after[3] === '半', pm);
    return from === null ? null : [{ days, from, to: Math.max(END_OF_EVENING, from + 60) }];
  }
  const before = BEFORE.exec(text);
  if (before) {
    const to = clockOf(before[1]!, before[2], before[3] === '半', pm);
    return to === null ? null : [{ days, from: 6 * 60, to }];
  }
  const parts = PARTS.filter(([pattern]) => pattern.test(text)).map(([, from, to]) => ({ days, from, to }));
  if (parts.length > 0) return parts;
  // "周末" alone: any time of those days.
  return days === ALL_DAYS ? null : [{ days, from: 0, to: 24 * 60 }];
}

/** Whether the local weekday (1–7) and minute fall in a window; a window past midnight holds the early hours of the next day. */
export function inWindow(windows: CallWindow[], weekday: number, minute: number): boolean {
  const yesterday = weekday === 1 ? 7 : weekday - 1;
  return windows.some((w) =>
    w.from <= w.to ? w.days.includes(weekday) && minute >= w.from && minute < w.to : (w.days.includes(weekday) && minute >= w.from) || (w.days.includes(yesterday) && minute < w.to),
  );
}
