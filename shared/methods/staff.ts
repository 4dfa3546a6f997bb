import { z } from 'zod';
import type { StaffMember } from '../domain';
import { STAFF_ROLES } from '../domain';
import { returns } from '../registry';
import { id, pin, requiredText } from '../validation';

export const staffMethods = {
  'staff.list': returns<StaffMember[]>()('teacher', z.object({ includeArchived: z.boolean().default(false) })),
  'staff.create': returns<StaffMember>()(
    'admin',
    z.object({ name: requiredText(30), role: z.enum(STAFF_ROLES), pin }),
  ),
  'staff.update': returns<StaffMember>()(
    'admin',
    z.object({ id, name: requiredText(30), role: z.enum(STAFF_ROLES) }),
  ),
  'staff.resetPin': returns<StaffMember>()('admin', z.object({ id, pin })),
  'staff.archive': returns<StaffMember>()('admin', z.object({ id })),
};
