import { z } from 'zod';
import type { SessionInfo, StaffName, UnlockResult } from '../domain';
import { returns } from '../registry';
import { id } from '../validation';

export const authContract = {
  'auth.staffNames': returns<StaffName[]>()('kiosk', z.object({})),
  'auth.unlock': returns<UnlockResult>()('kiosk', z.object({ staffId: id, pin: z.string().max(32) })),
  'auth.lock': returns<SessionInfo>()('kiosk', z.object({})),
  /** The current session; calling it also counts as activity for the idle lock. */
  'auth.session': returns<SessionInfo>()('kiosk', z.object({})),
};
