// The term the model-based test plays (term.test.ts): what fast-check draws for each day, and the
// calendar of a day (when the app's minute tick runs, when children and teachers act) on the
// injected clock. Times are the room's (Asia/Shanghai, +08:00); the PC's clock is real time plus the
// day's error, so a wrong day runs the same ticks under a wrong date.
import fc from 'fast-check';

export const TZ_OFFSET = '+08:00';
/** The default closing time (settings.closingTime) and the default weekly export time (Monday). */
export const CLOSING = 18 * 60 + 30;
export const EXPORT_AT = 8 * 60;
/** The term begins on a Monday and runs over the turn of the year, set up at 07:00 with the export folder chosen that morning. */
export const TERM_START = '2026-11-30';
export const CHILDREN = 3;
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;

export interface Arrival {
  /** Minutes after 14:00 (school ends); past 18:30 the kiosk must refuse her. */
  at: number;
  /** After closing: a teacher checks her in by hand (it stays open until midnight). */
  byHand: boolean;
  book: boolean;
  cancel: boolean;
  /** Minutes in the room before she checks out at the kiosk; null: she stays until closing. */
  stays: number | null;
}

export interface DayPlan {
  arrivals: (Arrival | null)[];
  /** A teacher corrects (or voids) the visit this index picks among the earlier ones, at 20:00. */
  correction: { pick: number; void: boolean } | null;
  counselling: boolean;
  /** Five wrong PINs for the teacher at noon. */
  wrongPins: boolean;
  /** The PC is left on round the clock; else it is on from 07:00 to 21:00. */
  overnight: boolean;
}

export type ClockError = 'right' | 'back' | 'ahead';

export interface Term {
  days: DayPlan[];
  /** Days the PC stays off (no tick, nobody at it). */
  off: Set<number>;
  /** Days the PC's clock reads years back or a year ahead (corrected by the next day). */
  wrong: Map<number, ClockError>;
}

const arrival: fc.Arbitrary<Arrival> = fc.record({
  at: fc.integer({ min: 0, max: 7 * 60 }),
  byHand: fc.boolean(),
  book: fc.boolean(),
  cancel: fc.boolean(),
  stays: fc.option(fc.integer({ min: 10, max: 240 }), { nil: null }),
});

const dayPlan: fc.Arbitrary<DayPlan> = fc.record({
  arrivals: fc.array(fc.option(arrival, { nil: null, freq: 3 }), { minLength: CHILDREN, maxLength: CHILDREN }),
  correction: fc.option(fc.record({ pick: fc.nat(), void: fc.boolean() }), { nil: null, freq: 3 }),
  counselling: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  wrongPins: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
  overnight: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

/** `weeks` weeks; day 0 (set-up) is always on with a right clock. */
export function termArbitrary(weeks: number): fc.Arbitrary<Term> {
  const count = weeks * 7;
  const later = fc.integer({ min: 1, max: count - 1 });
  return fc
    .record({
      days: fc.array(dayPlan, { minLength: count, maxLength: count }),
      offRun: fc.record({ start: later, length: fc.integer({ min: 2, max: 9 }) }),
      offDays: fc.array(later, { maxLength: Math.ceil(count / 15) }),
      back: later,
      ahead: later,
    })
    .map(({ days, offRun, offDays, back, ahead }) => {
      const off = new Set(offDays);
      for (let d = offRun.start; d < Math.min(count, offRun.start + offRun.length); d++) off.add(d);
      const wrong = new Map<number, ClockError>();
      for (const [d, e] of [
        [back, 'back'],
        [ahead, 'ahead'],
      ] as const) {
        if (!off.has(d) && !wrong.has(d)) wrong.set(d, e);
      }
      return { days, off, wrong };
    });
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The room's local moment `minute` minutes after midnight of `date`, as an ISO stamp. */
export function localIso(date: string, minute: number): string {
  const h = String(Math.floor(minute / 60)).padStart(2, '0');
  const m = String(minute % 60).padStart(2, '0');
  return `${date}T${h}:${m}:00${TZ_OFFSET}`;
}

/** What the PC's clock reads at a real moment on a day with this error. */
export function pcTime(realIso: string, error: ClockError): string {
  const shift = error === 'back' ? -5 * YEAR_MS : error === 'ahead' ? YEAR_MS : 0;
  return new Date(Date.parse(realIso) + shift).toISOString();
}

export function isMonday(date: string): boolean {
  return new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

/**
 * Every hour the PC is on (07:00 to 21:00, or round the clock when left on), and each minute around
 * closing (and around the export time on a Monday).
 */
export function tickMinutes(date: string, overnight: boolean): number[] {
  const minutes = new Set<number>();
  for (let h = overnight ? 0 : 7; h <= (overnight ? 23 : 21); h++) minutes.add(h * 60);
  for (let m = CLOSING - 3; m <= CLOSING + 3; m++) minutes.add(m);
  if (isMonday(date)) for (let m = EXPORT_AT - 2; m <= EXPORT_AT + 2; m++) minutes.add(m);
  return [...minutes].sort((a, b) => a - b);
}
