// The auth capability: who may sign in, signing in with a PIN, signing out, and who is signed in.
import type { authContract } from '../../../shared/methods/auth';
import type { Methods } from '../deps';
import { createStaffService } from '../staff/staff';
import { createAuthService } from './auth';

export const authMethods: Methods<typeof authContract> = {
  'auth.staffNames': (ctx) => createStaffService(ctx).names(),
  'auth.unlock': (ctx, input) => createAuthService(ctx).unlock(input),
  'auth.lock': async (ctx) => createAuthService(ctx).lock(),
  'auth.session': async (ctx) => ctx.actor,
};
