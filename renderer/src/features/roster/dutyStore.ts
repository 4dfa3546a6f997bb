// The signed-in teacher's own duty: sign in with her PIN, sign out with a handover note.
import { create } from 'zustand';
import type { DutyStatus } from '../../../../shared/domain';
import { call } from '../../api';

interface DutyState {
  status: DutyStatus | null;
  reload(): Promise<void>;
  signIn(pin: string): Promise<void>;
  signOut(handoverNote: string | null): Promise<void>;
}

export const useDuty = create<DutyState>((set) => ({
  status: null,
  reload: async () => set({ status: await call('duty.status', {}) }),
  signIn: async (pin) => set({ status: await call('duty.signIn', { pin }) }),
  signOut: async (handoverNote) => set({ status: await call('duty.signOut', { handoverNote }) }),
}));
