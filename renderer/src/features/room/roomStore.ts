// Who is in the room now, and the teacher's check-in/out actions.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { RoomStatus, Visit } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload } from '../../components/serverStore';

interface RoomState {
  status: RoomStatus | null;
  history: Visit[];
  reload(): Promise<void>;
  checkIn(childId: number): Promise<void>;
  checkOut(input: Input<'checkins.checkOut'>): Promise<void>;
  checkOutAll(leaveMode: Input<'checkins.checkOutAll'>['leaveMode']): Promise<number>;
  correct(input: Input<'checkins.correct'>): Promise<void>;
}

export const useRoom = create<RoomState>((set, get) => {
  /** Every change moves a child in or out: the room and its history are read again. */
  const change = async (work: Promise<unknown>) => {
    await andReload(work, get().reload);
  };
  return {
    status: null,
    history: [],
    reload: async () => {
      const [status, history] = await Promise.all([call('checkins.room', {}), call('checkins.history', {})]);
      set({ status, history });
    },
    checkIn: (childId) => change(call('checkins.checkIn', { childId })),
    checkOut: (input) => change(call('checkins.checkOut', input)),
    checkOutAll: async (leaveMode) => (await andReload(call('checkins.checkOutAll', { leaveMode }), get().reload)).count,
    correct: (input) => change(call('checkins.correct', input)),
  };
});
