import { z } from 'zod';
import type { Activity, ActivityDetail, ActivitySignup, AttendanceSheet, ChildSummary, Page } from '../domain';
import { ACTIVITY_KINDS } from '../domain';
import { returns } from '../registry';
import { date, id, optionalDate, optionalText, pageInput, requiredText } from '../validation';

const time = z.string({ error: 'required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'invalid' });
const stamp = z.string({ error: 'required' }).refine((v) => !Number.isNaN(Date.parse(v)) && /T\d{2}:\d{2}/.test(v), { error: 'date' });
const grade = z
  .number()
  .int()
  .min(1, { error: 'range' })
  .max(9, { error: 'range' })
  .nullish()
  .transform((v) => v ?? null);

export const activityInput = z
  .object({
    kind: z.enum(ACTIVITY_KINDS, { error: 'required' }),
    title: requiredText(60),
    description: optionalText(1000),
    place: optionalText(60),
    capacity: z.number({ error: 'required' }).int().min(1, { error: 'range' }).max(500, { error: 'range' }),
    gradeFrom: grade,
    gradeTo: grade,
    teacherId: id.nullish().transform((v) => v ?? null),
    signupOpensAt: stamp,
    signupClosesAt: stamp,
    /** weekend only */
    date: optionalDate,
    /** group only: ISO weekday 1–7 */
    weekday: z
      .number()
      .int()
      .min(1, { error: 'range' })
      .max(7, { error: 'range' })
      .nullish()
      .transform((v) => v ?? null),
    startTime: time,
    endTime: time,
    termStart: optionalDate,
    termEnd: optionalDate,
  })
  .superRefine((a, ctx) => {
    if (a.endTime <= a.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'range' });
    if (a.signupClosesAt <= a.signupOpensAt) ctx.addIssue({ code: 'custom', path: ['signupClosesAt'], message: 'range' });
    if (a.gradeFrom !== null && a.gradeTo !== null && a.gradeFrom > a.gradeTo) ctx.addIssue({ code: 'custom', path: ['gradeTo'], message: 'range' });
    if (a.kind === 'weekend' && !a.date) ctx.addIssue({ code: 'custom', path: ['date'], message: 'required' });
    if (a.kind === 'group') {
      if (a.weekday === null) ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'required' });
      if (!a.termStart) ctx.addIssue({ code: 'custom', path: ['termStart'], message: 'required' });
      if (!a.termEnd) ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'required' });
      if (a.termStart && a.termEnd && a.termEnd < a.termStart) ctx.addIssue({ code: 'custom', path: ['termEnd'], message: 'range' });
    }
  });

export const activitiesContract = {
  'activities.list': returns<Activity[]>()('teacher', z.object({ includeArchived: z.boolean().default(false) })),
  'activities.get': returns<ActivityDetail>()('teacher', z.object({ id })),
  'activities.create': returns<Activity>()('admin', activityInput),
  'activities.update': returns<Activity>()('admin', z.object({ id, activity: activityInput })),
  'activities.archive': returns<Activity>()('admin', z.object({ id })),
  /** A teacher enrols a child (outside the sign-up window too); a full activity puts her on the waiting list. */
  'activities.enrol': returns<ActivitySignup>()('teacher', z.object({ activityId: id, childId: id })),
  /** Takes a child off; the first on the waiting list moves up and is returned. */
  'activities.remove': returns<{ removed: ActivitySignup; promoted: ActivitySignup | null }>()('teacher', z.object({ signupId: id })),
  'activities.attendance': returns<AttendanceSheet>()('teacher', z.object({ activityId: id, date })),
  'activities.markAttendance': returns<AttendanceSheet>()('teacher', z.object({ activityId: id, date, childId: id, present: z.boolean() })),
  /** Children in no interest group running now (the rule: every left-behind child joins one), one page. */
  'activities.notInGroup': returns<Page<ChildSummary>>()('teacher', z.object({ ...pageInput })),
};
