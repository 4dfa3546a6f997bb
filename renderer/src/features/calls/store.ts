// The home phone: the queue in fair-rotation order, the call in progress, the 30-day care list.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CallRecord, CareRow, Page, QueueEntry } from '../../../../shared/domain';
import { call } from '../../api';

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
  book(childId: number, parentId: number): Promise<QueueEntry>;
  log(input: Input<'calls.log'>): Promise<CallRecord>;
}

const OVERDUE_DAYS = 30;
const OVERDUE_PAGE_SIZE = 20;

type OverduePage = CallsState['overduePage'];

/** A page of the care list; when a call emptied the last page, the new last page. */
async function loadOverdue({ current, pageSize }: OverduePage): Promise<{ overdue: Page<CareRow>; overduePage: OverduePage }> {
  const fetch = (page: number) => call('calls.overdue', { days: OVERDUE_DAYS, offset: (page - 1) * pageSize, limit: pageSize });
  const overdue = await fetch(current);
  if (overdue.rows.length > 0 || current === 1) return { overdue, overduePage: { current, pageSize } };
  const last = Math.max(1, Math.ceil(overdue.total / pageSize));
  return { overdue: await fetch(last), overduePage: { current: last, pageSize } };
}

export const useCalls = create<CallsState>((set, get) => {
  const after = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await get().reload();
    return result;
  };
  return {
    queue: [],
    overdue: { rows: [], total: 0 },
    overduePage: { current: 1, pageSize: OVERDUE_PAGE_SIZE },
    history: [],
    reload: async () => {
      const [queue, care, history] = await Promise.all([call('calls.queue', {}), loadOverdue(get().overduePage), call('calls.history', { limit: 100 })]);
      set({ queue, ...care, history });
    },
    showOverduePage: async (current, pageSize) => set(await loadOverdue({ current, pageSize })),
    start: (bookingId) => after(call('calls.start', { bookingId })).then(() => undefined),
    finish: (input) => after(call('calls.finish', input)),
    cancel: (bookingId) => after(call('calls.cancelBooking', { bookingId })).then(() => undefined),
    book: (childId, parentId) => after(call('calls.book', { childId, parentId })),
    log: (input) => after(call('calls.log', input)),
  };
});
