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
});

export const settingsMethods = {
  /** Nothing secret: the kiosk needs the school's name and the language. */
  'settings.get': returns<Settings>()('kiosk', z.object({})),
  'settings.update': returns<Settings>()('admin', settingsUpdateInput),
  'settings.setLanguage': returns<Settings>()('teacher', z.object({ language: z.enum(LANGUAGES) })),
};
