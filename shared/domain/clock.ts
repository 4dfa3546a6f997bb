// Whether the PC's clock can be believed (electron/services/clock).

/** ok; behind the newest moment the app has seen (wrong); far ahead of it (a teacher must confirm the date). */
export const CLOCK_STATES = ['ok', 'behind', 'ahead'] as const;
export type ClockState = (typeof CLOCK_STATES)[number];

export interface ClockStatus {
  state: ClockState;
  /** The PC's date and time as it reads them (not held back), with the room's offset. */
  now: string;
  /** The PC's date, YYYY-MM-DD in the room's zone: what a teacher confirms. */
  today: string;
  /** The newest moment the app has seen; null in a new room. */
  newest: string | null;
  /** Settings.clockHolidayDays. */
  holidayDays: number;
}
