import { z } from 'zod';
import type { StaffMember } from '../domain';
import { STAFF_ROLES } from '../domain';
import { returns } from '../registry';
import { id, pin, requiredText } from '../validation';

export const staffContract = {
  'staff.list': returns<StaffMember[]>()('teacher', z.object({ includeArchived: z.boolean().default(false) })),
  'staff.create': returns<StaffMember>()('admin', z.object({ name: requiredText(30), role: z.enum(STAFF_ROLES), pin, counsellor: z.boolean().default(false) })),
  'staff.update': returns<StaffMember>()(
    'admin',
    // counsellor absent: unchanged, so an older form cannot clear the mark by accident.
    z.object({ id, name: requiredText(30), role: z.enum(STAFF_ROLES), counsellor: z.boolean().optional() }),
  ),
  'staff.resetPin': returns<StaffMember>()('admin', z.object({ id, pin })),
  'staff.archive': returns<StaffMember>()('admin', z.object({ id })),
};
