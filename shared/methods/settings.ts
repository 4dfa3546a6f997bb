import { z } from 'zod';
import type { Settings } from '../domain';
import { CARE_PERIODS, LANGUAGES } from '../domain';
import { returns } from '../registry';
import { requiredText } from '../validation';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' });
/** An absolute folder path, or '' for none; checked on disk when used, since a USB drive comes and goes. */
const folderPath = z
  .string()
  .trim()
  .max(500, { error: 'too_long' })
  .refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' });

/** MM-DD from February to August, a day that exists (02-30 is refused; 02-29 is kept for leap years). */
function isSpringDay(value: string): boolean {
  if (!/^0[2-8]-\d\d$/.test(value)) return false;
  const day = new Date(`2028-${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(5, 10) === value;
}

/** MM-DD, a day that exists in a leap year (the school year's start). */
function isMonthDay(value: string): boolean {
  if (!/^\d\d-\d\d$/.test(value)) return false;
  const day = new Date(`2028-${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(5, 10) === value;
}

export const settingsUpdateInput = z.object({
  schoolName: requiredText(60).optional(),
  roomName: requiredText(60).optional(),
  language: z.enum(LANGUAGES).optional(),
  idleLockMinutes: z.number().int().min(1, { error: 'range' }).max(120, { error: 'range' }).optional(),
  roomCapacity: z.number().int().min(1, { error: 'range' }).max(500, { error: 'range' }).optional(),
  childrenPerTeacher: z.number().int().min(1, { error: 'range' }).max(100, { error: 'range' }).optional(),
  closingTime: hhmm.optional(),
  leaveAloneFromGrade: z.number().int().min(1, { error: 'range' }).max(10, { error: 'range' }).optional(),
  callLimitMinutes: z.number().int().min(1, { error: 'range' }).max(60, { error: 'range' }).optional(),
  kioskReturnSeconds: z.number().int().min(2, { error: 'range' }).max(60, { error: 'range' }).optional(),
  kioskVoice: z.boolean().optional(),
  videoCallPc: z.boolean().optional(),
  loanDays: z.number().int().min(1, { error: 'range' }).max(120, { error: 'range' }).optional(),
  maxLoansPerChild: z.number().int().min(1, { error: 'range' }).max(20, { error: 'range' }).optional(),
  maxRenewals: z.number().int().min(0, { error: 'range' }).max(10, { error: 'range' }).optional(),
  reviewGrades: z.array(requiredText(10)).min(2, { error: 'range' }).max(8, { error: 'too_many' }).optional(),
  exportDay: z.number().int().min(1, { error: 'range' }).max(7, { error: 'range' }).optional(),
  exportTime: hhmm.optional(),
  exportFolder: folderPath.optional(),
  backupFolder: folderPath.optional(),
  careTalkPeriod: z.enum(CARE_PERIODS).optional(),
  careContactPeriod: z.enum(CARE_PERIODS).optional(),
  careVisitPeriod: z.enum(CARE_PERIODS).optional(),
  careLetterPeriod: z.enum(CARE_PERIODS).optional(),
  retentionYears: z.number().int().min(0, { error: 'range' }).max(30, { error: 'range' }).optional(),
  clockHolidayDays: z.number().int().min(7, { error: 'range' }).max(180, { error: 'range' }).optional(),
  notSeenWeeks: z.number().int().min(1, { error: 'range' }).max(26, { error: 'range' }).optional(),
  springTermEnd: z.string().refine(isSpringDay, { error: 'invalid' }).optional(),
  schoolYearStart: z.string().refine(isMonthDay, { error: 'invalid' }).optional(),
  lastGrade: z.number().int().min(1, { error: 'range' }).max(9, { error: 'range' }).optional(),
});

export const settingsContract = {
  /** Nothing secret: the kiosk needs the school's name and the language. */
  'settings.get': returns<Settings>()('kiosk', z.object({})),
  'settings.update': returns<Settings>()('admin', settingsUpdateInput),
  'settings.setLanguage': returns<Settings>()('teacher', z.object({ language: z.enum(LANGUAGES) })),
};
