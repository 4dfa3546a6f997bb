// The home phone: the queue in fair-rotation order, the call in progress, the 30-day care list.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { CallRecord, CareRow, QueueEntry } from '../../../../shared/domain';
import { call } from '../../api';

interface CallsState {
  queue: QueueEntry[];
  overdue: CareRow[];
  history: CallRecord[];
  reload(): Promise<void>;
  start(bookingId: number): Promise<void>;
  finish(input: Input<'calls.finish'>): Promise<CallRecord>;
  cancel(bookingId: number): Promise<void>;
  book(childId: number, parentId: number): Promise<QueueEntry>;
  log(input: Input<'calls.log'>): Promise<CallRecord>;
}

export const useCalls = create<CallsState>((set, get) => {
  const after = async <T>(work: Promise<T>): Promise<T> => {
    const result = await work;
    await get().reload();
    return result;
  };
  return {
    queue: [],
    overdue: [],
    history: [],
    reload: async () => {
      const [queue, overdue, history] = await Promise.all([
        call('calls.queue', {}),
        call('calls.overdue', { days: 30 }),
        call('calls.history', { limit: 100 }),
      ]);
      set({ queue, overdue, history });
    },
    start: (bookingId) => after(call('calls.start', { bookingId })).then(() => undefined),
    finish: (input) => after(call('calls.finish', input)),
    cancel: (bookingId) => after(call('calls.cancelBooking', { bookingId })).then(() => undefined),
    book: (childId, parentId) => after(call('calls.book', { childId, parentId })),
    log: (input) => after(call('calls.log', input)),
  };
});
