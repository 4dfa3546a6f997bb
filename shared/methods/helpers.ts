// The helpers capability (issue 20, point 6): volunteers and caring mothers (爱心妈妈), the children they
// help and their visits; aid given to children. Two prefixes: `helpers.` and `aid.`.
import { z } from 'zod';
import type { Aid, Helper, HelperCounts, HelperVisit } from '../domain';
import { AID_KINDS, HELPER_KINDS } from '../domain';
import { returns } from '../registry';
import { date, id, optionalPhone, optionalText, requiredText } from '../validation';
import { semester } from './library';

export const helperInput = z.object({
  name: requiredText(30),
  phone: optionalPhone,
  kind: z.enum(HELPER_KINDS, { error: 'required' }),
  /** Where she comes from: 县妇联, a company, a village. */
  organisation: optionalText(60),
  note: optionalText(300),
});

const childIds = z.array(id).max(200, { error: 'too_many' });

export const visitInput = z.object({
  helperId: id,
  date,
  what: optionalText(300),
  childIds: childIds.default([]),
});

/** At most 1,000,000 yuan, two decimals at most. */
const yuan = z
  .number()
  .min(0.01, { error: 'range' })
  .max(1_000_000, { error: 'range' })
  .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'invalid' })
  .nullish()
  .transform((v) => v ?? null);

export const aidInput = z
  .object({
    kind: z.enum(AID_KINDS, { error: 'required' }),
    description: requiredText(200),
    amountYuan: yuan,
    quantity: z
      .number()
      .int()
      .min(1, { error: 'range' })
      .max(100_000, { error: 'range' })
      .nullish()
      .transform((v) => v ?? null),
    date,
    donor: optionalText(60),
    childIds: childIds.min(1, { error: 'required' }),
  })
  // Money is counted in yuan; other aid may give a quantity (12 notebooks).
  .refine((a) => a.kind !== 'money' || a.amountYuan !== null, { error: 'required', path: ['amountYuan'] });

export const helpersContract = {
  'helpers.list': returns<Helper[]>()('teacher', z.object({ includeArchived: z.boolean().default(false) })),
  'helpers.create': returns<Helper>()('admin', helperInput),
  'helpers.update': returns<Helper>()('admin', helperInput.extend({ id })),
  /** archived false restores her. */
  'helpers.archive': returns<Helper>()('admin', z.object({ id, archived: z.boolean().default(true) })),
  'helpers.linkChild': returns<Helper>()('admin', z.object({ helperId: id, childId: id, since: date })),
  /** She no longer helps this child: the link ends today and stays for the history. */
  'helpers.unlinkChild': returns<Helper>()('admin', z.object({ linkId: id })),
  'helpers.recordVisit': returns<HelperVisit>()('teacher', visitInput),
  /** One semester's visits, newest first; of one helper when given. */
  'helpers.visits': returns<HelperVisit[]>()('teacher', z.object({ semester, helperId: id.optional() })),
  /** The semester's figures: aid by kind, children reached, visits. */
  'helpers.counts': returns<HelperCounts>()('teacher', z.object({ semester })),
  /** The semesters with aid or a visit, and the current one, newest first. */
  'helpers.semesters': returns<string[]>()('teacher', z.object({})),
  /** One semester's aid, newest first, voided aid too (marked). */
  'aid.list': returns<Aid[]>()('teacher', z.object({ semester })),
  'aid.create': returns<Aid>()('teacher', aidInput),
  /** A mistaken entry: kept, marked void with the reason, and no longer counted. */
  'aid.void': returns<Aid>()('admin', z.object({ id, reason: requiredText(200) })),
};
