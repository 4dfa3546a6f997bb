// The duty roster: opening hours, the shown week with its warnings, and planned vs actual duty.
import dayjs, { type Dayjs } from 'dayjs';
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { Opening, PlannedVsActualRow, RosterWeek, StaffMember } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload, newestAnswer } from '../../components/serverStore';

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

// Paging through weeks quickly: only the newest week asked for may show.
const weeks = newestAnswer();

export const useRoster = create<RosterState>((set, get) => {
  /** A change to the openings shows in the opening list and the week; a change to duties in the week. */
  const openingsChanged = async (work: Promise<unknown>) => {
    await andReload(work, () => Promise.all([get().loadStatic(), get().loadWeek()]));
  };
  const weekChanged = async (work: Promise<unknown>) => {
    await andReload(work, () => get().loadWeek());
  };
  return {
    weekStart: mondayOf(dayjs()),
    week: null,
    report: [],
    openings: [],
    staff: [],
    loadStatic: async () => {
      const [openings, staff] = await Promise.all([call('roster.openings', {}), call('staff.list', { includeArchived: false })]);
      set({ openings, staff });
    },
    loadWeek: (weekStart = get().weekStart) => {
      const to = dayjs(weekStart).add(6, 'day').format('YYYY-MM-DD');
      return weeks(
        () => Promise.all([call('roster.week', { weekStart }), call('duty.report', { from: weekStart, to })]),
        ([week, report]) => set({ weekStart: week.weekStart, week, report }),
      );
    },
    shiftWeek: async (weeks) => {
      await get().loadWeek(dayjs(get().weekStart).add(weeks, 'week').format('YYYY-MM-DD'));
    },
    saveOpening: (input) => openingsChanged(call('roster.saveOpening', input)),
    archiveOpening: (id) => openingsChanged(call('roster.archiveOpening', { id })),
    generate: async (input) => (await andReload(call('roster.generate', input), () => get().loadWeek())).created,
    addDuty: (date, openingId, staffId) => weekChanged(call('roster.change', { action: 'add', date, openingId, staffId })),
    removeDuty: (dutyId) => weekChanged(call('roster.change', { action: 'remove', dutyId })),
    swap: (dutyA, dutyB) => weekChanged(call('roster.swap', { dutyA, dutyB })),
  };
});
