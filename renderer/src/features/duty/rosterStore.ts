// The duty roster: opening hours, the shown week with its warnings, and planned vs actual duty.
import dayjs, { type Dayjs } from 'dayjs';
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Opening, PlannedVsActualRow, RosterWeek, StaffMember } from '../../../../shared/domain';
import { call } from '../../api';

/** Monday of the ISO week a date falls in, as YYYY-MM-DD. */
export function mondayOf(date: string | Dayjs): string {
  const d = dayjs(date);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((dayjs(date).day() + 6) % 7) + 1;

interface RosterState {
  weekStart: string;
  week: RosterWeek | null;
  report: PlannedVsActualRow[];
  openings: Opening[];
  staff: StaffMember[];
  loadStatic(): Promise<void>;
  loadWeek(weekStart?: string): Promise<void>;
  shiftWeek(weeks: number): Promise<void>;
  saveOpening(input: Input<'roster.saveOpening'>): Promise<void>;
  archiveOpening(id: number): Promise<void>;
  generate(input: Input<'roster.generate'>): Promise<number>;
  addDuty(date: string, openingId: number, staffId: number): Promise<void>;
  removeDuty(dutyId: number): Promise<void>;
  swap(dutyA: number, dutyB: number): Promise<void>;
}

export const useRoster = create<RosterState>((set, get) => ({
  weekStart: mondayOf(dayjs()),
  week: null,
  report: [],
  openings: [],
  staff: [],
  loadStatic: async () => {
    const [openings, staff] = await Promise.all([call('roster.openings', {}), call('staff.list', { includeArchived: false })]);
    set({ openings, staff });
  },
  loadWeek: async (weekStart = get().weekStart) => {
    const to = dayjs(weekStart).add(6, 'day').format('YYYY-MM-DD');
    const [week, report] = await Promise.all([call('roster.week', { weekStart }), call('duty.report', { from: weekStart, to })]);
    set({ weekStart: week.weekStart, week, report });
  },
  shiftWeek: async (weeks) => {
    await get().loadWeek(dayjs(get().weekStart).add(weeks, 'week').format('YYYY-MM-DD'));
  },
  saveOpening: async (input) => {
    await call('roster.saveOpening', input);
    await Promise.all([get().loadStatic(), get().loadWeek()]);
  },
  archiveOpening: async (id) => {
    await call('roster.archiveOpening', { id });
    await Promise.all([get().loadStatic(), get().loadWeek()]);
  },
  generate: async (input) => {
    const { created } = await call('roster.generate', input);
    await get().loadWeek();
    return created;
  },
  addDuty: async (date, openingId, staffId) => {
    await call('roster.change', { action: 'add', date, openingId, staffId });
    await get().loadWeek();
  },
  removeDuty: async (dutyId) => {
    await call('roster.change', { action: 'remove', dutyId });
    await get().loadWeek();
  },
  swap: async (dutyA, dutyB) => {
    await call('roster.swap', { dutyA, dutyB });
    await get().loadWeek();
  },
}));
