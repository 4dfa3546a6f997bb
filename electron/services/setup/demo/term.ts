// The calendar behind the demo's history: which days of the last four months the room was open, at
// what hours, and which were wet (busier). Everything is relative to the app's "today", so the demo
// always looks current; the same seed and the same today give the same term.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { addDays } from '../../room/checkins';
import type { Rng } from '../demo';

dayjs.extend(utc);
dayjs.extend(timezone);

/** How far back the demo's history reaches: a term. */
export const HISTORY_DAYS = 120;

/** After school on weekdays, most of the day at weekends; all end by the default closing time. */
export const DEMO_OPENINGS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => (weekday <= 5 ? { weekday, startTime: '16:00', endTime: '18:30' } : { weekday, startTime: '08:30', endTime: '17:00' }));

export interface OpenDay {
  date: string;
  weekday: number;
  startTime: string;
  endTime: string;
  weekend: boolean;
  wet: boolean;
}

/** National Day week and New Year's Day: the room is shut, so no visit falls on them. */
export function closedOn(date: string): boolean {
  const md = date.slice(5);
  return (md >= '10-01' && md <= '10-07') || md === '01-01';
}

export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function openDays(rng: Rng, today: string): OpenDay[] {
  const days: OpenDay[] = [];
  for (let i = HISTORY_DAYS; i >= 0; i--) {
    const date = addDays(today, -i);
    const weekday = isoWeekday(date);
    const opening = DEMO_OPENINGS[weekday - 1];
    // A wet day is drawn for every date, open or not, so one holiday more does not reshuffle the rest.
    const wet = rng.chance(0.12);
    if (!opening || closedOn(date)) continue;
    days.push({ date, weekday, startTime: opening.startTime, endTime: opening.endTime, weekend: weekday >= 6, wet });
  }
  return days;
}

/** Minutes after midnight of an HH:mm. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A local date and minute of that day, as the stamp the app stores (ISO with the room's offset). */
export function stampAt(date: string, minute: number, tz: string, second = 0): string {
  const hh = String(Math.floor(minute / 60)).padStart(2, '0');
  const mm = String(minute % 60).padStart(2, '0');
  // The zone's offset at noon that day, looked up once a day: tens of thousands of stamps, and
  // dayjs's zone lookup was most of the generator's time. The room's opening hours are far from a DST change.
  const key = `${tz} ${date}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = dayjs.tz(`${date} 12:00`, tz).format('Z');
    offsets.set(key, offset);
  }
  return `${date}T${hh}:${mm}:${String(second).padStart(2, '0')}${offset}`;
}

const offsets = new Map<string, string>();

export interface DemoChild {
  id: number;
  name: string;
  grade: number;
  boarding: boolean;
  guardianName: string;
  surrogateId: number | null;
  /** Parents with a phone, the ones a call can reach. */
  parents: { id: number; relation: string; name: string }[];
}

/** What every area of the demo's history works from. */
export interface Term {
  db: Kysely<Database>;
  rng: Rng;
  tz: string;
  today: string;
  /** The app's now as epoch ms: nothing is written after it. */
  nowMs: number;
  days: OpenDay[];
  children: DemoChild[];
  teacherIds: number[];
  adminId: number;
  /** Children the room has lost track of, so the lists that find them are not empty. */
  forgotten: Set<number>;
  /** Per child, the visits as [date, in minute, out minute]. */
  visits: Map<number, { date: string; inMin: number; outMin: number }[]>;
}

/** Rows in batches small enough for SQLite's variable limit, inserted as one statement each. */
export function chunks<T>(rows: readonly T[], size = 300): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** The audit entry the app writes beside such a row, dated when the row was written. */
export function auditRow(action: string, table: string, rowId: number, at: string, staffId: number | null, details: Record<string, unknown>) {
  return {
    actor_staff_id: staffId,
    actor_role: staffId === null ? 'kiosk' : 'teacher',
    action,
    table_name: table,
    row_id: rowId,
    details: JSON.stringify(details),
    created_at: at,
    updated_at: at,
  };
}
