// The auth capability: who may sign in, signing in by PIN, locking the screen, the window's session.
// The PIN check itself is the staff capability's (services/staff/staff.ts): duty sign-in uses it too.
import type { authContract } from '../../../shared/methods/auth';
import type { Methods } from '../deps';
import { createStaffService } from '../staff/staff';

export const authMethods: Methods<typeof authContract> = {
  'auth.staffNames': (ctx) => createStaffService(ctx).names(),
  'auth.unlock': async (ctx, { staffId, pin }) => {
    const { result } = await createStaffService(ctx).checkPin(staffId, pin);
    if (result.status === 'unlocked') ctx.signIn(result.session);
    return result;
  },
  'auth.lock': async (ctx) => {
    ctx.signOut();
    return { role: 'kiosk', staffId: null, staffName: null };
  },
  'auth.session': async (ctx) => ctx.actor,
};
