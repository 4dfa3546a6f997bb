// Who is at the PC: the kiosk (anyone) or a signed-in staff member.
import { create } from 'zustand';
import type { SessionInfo, UnlockResult } from '../../../../shared/domain';
import { call, onApiFailure } from '../../api';

const KIOSK: SessionInfo = { role: 'kiosk', staffId: null, staffName: null };

interface AuthState {
  session: SessionInfo;
  setSession(session: SessionInfo): void;
  refresh(): Promise<void>;
  unlock(staffId: number, pin: string): Promise<UnlockResult>;
  lock(): Promise<void>;
}

export const useAuth = create<AuthState>((set) => ({
  session: KIOSK,
  setSession: (session) => set({ session }),
  refresh: async () => set({ session: await call('auth.session', {}) }),
  unlock: async (staffId, pin) => {
    const result = await call('auth.unlock', { staffId, pin });
    if (result.status === 'unlocked') set({ session: result.session });
    return result;
  },
  lock: async () => {
    set({ session: KIOSK });
    await call('auth.lock', {});
  },
}));

// The main process may have locked the session (idle timeout): show the kiosk again.
onApiFailure((error) => {
  if (error.code === 'forbidden') void useAuth.getState().refresh();
});
