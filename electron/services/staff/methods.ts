// The staff capability: the admin's list of teachers and their PINs.
import type { staffContract } from '../../../shared/methods/staff';
import type { Methods } from '../deps';
import { createStaffService } from './staff';

export const staffMethods: Methods<typeof staffContract> = {
  'staff.list': (ctx, { includeArchived }) => createStaffService(ctx).list(includeArchived),
  'staff.create': (ctx, input) => createStaffService(ctx).create(input),
  'staff.update': (ctx, input) => createStaffService(ctx).update(input),
  'staff.resetPin': (ctx, input) => createStaffService(ctx).resetPin(input),
  'staff.archive': (ctx, { id }) => createStaffService(ctx).archive(id),
};
