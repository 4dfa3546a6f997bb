// The home phone: the queue in fair-rotation order, the call in progress, the 30-day care list.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CallRecord, CareRow, Page, QueueEntry } from '../../../../shared/domain';
import { call } from '../../api';
import { fetchPage, pageAfter, PAGE_SIZES } from '../../components/paging';
import { andReload } from '../../components/serverStore';

interface CallsState {
  queue: QueueEntry[];
  /** One page of the 30-day care list, paged by the main process (a district's list runs to thousands). */
  overdue: Page<CareRow>;
  overduePage: { current: number; pageSize: number };
  history: CallRecord[];
  reload(): Promise<void>;
  showOverduePage(current: number, pageSize: number): Promise<void>;
  start(bookingId: number): Promise<void>;
  finish(input: Input<'calls.finish'>): Promise<CallRecord>;
  cancel(bookingId: number): Promise<void>;
  /** Without a channel, the phone (the server's default). */
  book(input: Input<'calls.book'>): Promise<QueueEntry>;
  log(input: Input<'calls.log'>): Promise<CallRecord>;
}

const OVERDUE_DAYS = 30;

type OverduePage = CallsState['overduePage'];

async function loadOverdue({ current, pageSize }: OverduePage): Promise<{ overdue: Page<CareRow>; overduePage: OverduePage }> {
  const shown = await fetchPage((rows) => call('calls.overdue', { days: OVERDUE_DAYS, ...rows }), current, pageSize);
  return { overdue: shown.found, overduePage: { current: shown.page, pageSize } };
}

export const useCalls = create<CallsState>((set, get) => {
  const after = <T>(work: Promise<T>): Promise<T> => andReload(work, get().reload);
  return {
    queue: [],
    overdue: { rows: [], total: 0 },
    overduePage: { current: 1, pageSize: PAGE_SIZES[0] },
    history: [],
    reload: async () => {
      const [queue, care, history] = await Promise.all([call('calls.queue', {}), loadOverdue(get().overduePage), call('calls.history', { limit: 100 })]);
      set({ queue, ...care, history });
    },
    showOverduePage: async (current, pageSize) => set(await loadOverdue({ current: pageAfter(current, pageSize, get().overduePage.pageSize), pageSize })),
    start: (bookingId) => after(call('calls.start', { bookingId })).then(() => undefined),
    finish: (input) => after(call('calls.finish', input)),
    cancel: (bookingId) => after(call('calls.cancelBooking', { bookingId })).then(() => undefined),
    book: (input) => after(call('calls.book', input)),
    log: (input) => after(call('calls.log', input)),
  };
});
