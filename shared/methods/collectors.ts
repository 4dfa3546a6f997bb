// Who may collect a child: her file's list, edited on its own so the child form's other sections stay apart.
import { z } from 'zod';
import type { Collector } from '../domain';
import { GUARDIAN_RELATIONS } from '../domain';
import { returns } from '../registry';
import { id, optionalPhone, optionalText, requiredText } from '../validation';

export const collectorInput = z.object({
  name: requiredText(30),
  relation: z.enum(GUARDIAN_RELATIONS).nullish().transform((v) => v ?? null),
  phone: optionalPhone,
  mayCollect: z.boolean().default(true),
  /** Why she may not collect (a court order, a family's wish); kept for may-collect entries too. */
  note: optionalText(200),
});

export const collectorsMethods = {
  'collectors.list': returns<Collector[]>()('teacher', z.object({ childId: id })),
  /** Replaces the list, in the order given. */
  'collectors.save': returns<Collector[]>()('admin', z.object({ childId: id, collectors: z.array(collectorInput).max(12, { error: 'too_many' }) })),
};
