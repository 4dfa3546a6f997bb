import { z } from 'zod';
import type { Settings } from '../domain';
import { LANGUAGES } from '../domain';
import { returns } from '../registry';
import { requiredText } from '../validation';

export const settingsUpdateInput = z.object({
  schoolName: requiredText(60).optional(),
  roomName: requiredText(60).optional(),
  language: z.enum(LANGUAGES).optional(),
  idleLockMinutes: z.number().int().min(1, { error: 'range' }).max(120, { error: 'range' }).optional(),
  roomCapacity: z.number().int().min(1, { error: 'range' }).max(500, { error: 'range' }).optional(),
  childrenPerTeacher: z.number().int().min(1, { error: 'range' }).max(100, { error: 'range' }).optional(),
  closingTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' }).optional(),
  callLimitMinutes: z.number().int().min(1, { error: 'range' }).max(60, { error: 'range' }).optional(),
  kioskReturnSeconds: z.number().int().min(2, { error: 'range' }).max(60, { error: 'range' }).optional(),
  loanDays: z.number().int().min(1, { error: 'range' }).max(120, { error: 'range' }).optional(),
  maxLoansPerChild: z.number().int().min(1, { error: 'range' }).max(20, { error: 'range' }).optional(),
  maxRenewals: z.number().int().min(0, { error: 'range' }).max(10, { error: 'range' }).optional(),
  reviewGrades: z.array(requiredText(10)).min(2, { error: 'range' }).max(8, { error: 'too_many' }).optional(),
});

export const settingsMethods = {
  /** Nothing secret: the kiosk needs the school's name and the language. */
  'settings.get': returns<Settings>()('kiosk', z.object({})),
  'settings.update': returns<Settings>()('admin', settingsUpdateInput),
  'settings.setLanguage': returns<Settings>()('teacher', z.object({ language: z.enum(LANGUAGES) })),
  /** The duty teacher says how many teachers are in the room; the head-count warning uses it. */
  'settings.setTeachersOnDuty': returns<Settings>()(
    'teacher',
    z.object({ count: z.number().int().min(0, { error: 'range' }).max(20, { error: 'range' }) }),
  ),
};
