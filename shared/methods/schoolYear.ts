import { z } from 'zod';
import type { SchoolYearPreview, SchoolYearStatus, SchoolYearStep } from '../domain';
import { LANGUAGES } from '../domain';
import { returns } from '../registry';
import { id } from '../validation';

export const schoolYearContract = {
  /** Whether the new school year's step is due, and the step run for it (undoable today). */
  'schoolYear.status': returns<SchoolYearStatus>()('admin', z.object({})),
  /** Who would move where, graduate, need a new surrogate parent; which groups would close. */
  'schoolYear.preview': returns<SchoolYearPreview>()('admin', z.object({})),
  /** The step, in one transaction; refused before the start day and when already run this school year. */
  'schoolYear.run': returns<SchoolYearStep>()(
    'admin',
    z.object({
      keepBack: z.array(id).max(10_000).default([]),
      /** A child whose surrogate's account is archived → her new surrogate parent, or null for none. */
      reassign: z
        .array(z.object({ childId: id, staffId: id.nullable() }))
        .max(10_000)
        .default([]),
    }),
  ),
  /** Puts back every row the step changed; only on the day it ran. */
  'schoolYear.undo': returns<SchoolYearStatus>()('admin', z.object({})),
  /**
   * The handover sheet: one class, or every class (a page break between classes) when grade is left out.
   * Admin only: it prints follow-ups, whose counselling ones only an admin may read (their notes stay withheld).
   */
  'schoolYear.handoverPdf': returns<{ fileName: string; base64: string }>()(
    'admin',
    z.object({
      grade: z.number().int().min(1).max(9).optional(),
      classNo: z.number().int().min(1).max(99).optional(),
      language: z.enum(LANGUAGES).default('zh-CN'),
    }),
  ),
};
