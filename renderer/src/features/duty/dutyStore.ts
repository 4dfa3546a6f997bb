// The signed-in teacher's own duty: sign in with her PIN, sign out with a handover note.
import { create } from 'zustand';
import type { DutyStatus, PinCheck } from '../../../../shared/domain';
import { call } from '../../api';

interface DutyState {
  status: DutyStatus | null;
  reload(): Promise<void>;
  signIn(pin: string): Promise<PinCheck>;
  signOut(handoverNote: string | null): Promise<void>;
}

export const useDuty = create<DutyState>((set) => ({
  status: null,
  reload: async () => set({ status: await call('duty.status', {}) }),
  signIn: async (pin) => {
    const { pinCheck, ...status } = await call('duty.signIn', { pin });
    set({ status });
    return pinCheck;
  },
  signOut: async (handoverNote) => set({ status: await call('duty.signOut', { handoverNote }) }),
}));
