// The staff capability: teachers and admins, their PINs, archiving an account.
import type { staffContract } from '../../../shared/methods/staff';
import type { Methods } from '../deps';
import { createStaffService } from './staff';

export const staffMethods: Methods<typeof staffContract> = {
  'staff.list': (ctx, input) => createStaffService(ctx).list(input),
  'staff.create': (ctx, input) => createStaffService(ctx).create(input),
  'staff.update': (ctx, input) => createStaffService(ctx).update(input),
  'staff.resetPin': (ctx, input) => createStaffService(ctx).resetPin(input),
  'staff.archive': (ctx, input) => createStaffService(ctx).archive(input),
};
