// Who is in the room now, and the teacher's check-in/out actions.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { RoomStatus, Visit } from '../../../../shared/domain';
import { call } from '../../api';

interface RoomState {
  status: RoomStatus | null;
  history: Visit[];
  reload(): Promise<void>;
  checkIn(childId: number): Promise<void>;
  checkOut(input: Input<'checkins.checkOut'>): Promise<void>;
  checkOutAll(leaveMode: Input<'checkins.checkOutAll'>['leaveMode']): Promise<number>;
  correct(input: Input<'checkins.correct'>): Promise<void>;
}

export const useRoom = create<RoomState>((set, get) => ({
  status: null,
  history: [],
  reload: async () => {
    const [status, history] = await Promise.all([call('checkins.room', {}), call('checkins.history', {})]);
    set({ status, history });
  },
  checkIn: async (childId) => {
    await call('checkins.checkIn', { childId });
    await get().reload();
  },
  checkOut: async (input) => {
    await call('checkins.checkOut', input);
    await get().reload();
  },
  checkOutAll: async (leaveMode) => {
    const { count } = await call('checkins.checkOutAll', { leaveMode });
    await get().reload();
    return count;
  },
  correct: async (input) => {
    await call('checkins.correct', input);
    await get().reload();
  },
}));
