import { z } from 'zod';
import type { ChildFile, ChildPhotoState, ChildImportPreview, Collector, ChildImportResult, ChildSummary, HealthNotes, Page } from '../domain';
import { CHILD_IMPORT_FIELDS, GENDERS, GUARDIAN_RELATIONS, PARENT_RELATIONS, SITUATIONS } from '../domain';
import { checkPhoto, PHOTO_MAX_BYTES } from '../photo';
import { OUTSIDE_TRANSACTION, returns } from '../registry';
import { date, id, monthDay, optionalDate, optionalPhone, optionalText, pageInput, requiredText } from '../validation';

export const parentInput = z.object({
  /** Absent for a parent added in this edit. */
  id: id.optional(),
  relation: z.enum(PARENT_RELATIONS, { error: 'required' }),
  /** Rosters often give only where a parent works: the name may be unknown. */
  name: optionalText(30),
  phone: optionalPhone,
  workCity: optionalText(40),
  employer: optionalText(60),
  bestCallTime: optionalText(40),
  verifiedOn: optionalDate,
  /** MM-DD: a day of any year (29 February is one). */
  birthday: monthDay.nullable().default(null),
});

export const consentInput = z.object({
  signedBy: requiredText(30),
  signedOn: date,
  scope: optionalText(200),
});

export const childInput = z.object({
  name: requiredText(20),
  /** Only the name is required: a school's roster may leave any of the rest unknown (null). */
  gender: z
    .enum(GENDERS)
    .nullish()
    .transform((v) => v ?? null),
  /** Unknown in many rosters (a class teacher's list has none): only the name is always known. */
  birthDate: optionalDate,
  ethnicity: optionalText(20),
  hukou: optionalText(60),
  healthStatus: optionalText(30),
  incomeSource: optionalText(30),
  guardianSituation: optionalText(100),
  villageContactName: optionalText(30),
  villageContactPhone: optionalPhone,
  healthAllergies: optionalText(500),
  healthConditions: optionalText(500),
  healthMedicines: optionalText(500),
  healthActions: optionalText(500),
  grade: z
    .number()
    .int()
    .min(1, { error: 'range' })
    .max(9, { error: 'range' })
    .nullish()
    .transform((v) => v ?? null),
  classNo: z
    .number()
    .int()
    .min(1, { error: 'range' })
    .max(40, { error: 'range' })
    .nullish()
    .transform((v) => v ?? null),
  studentNo: optionalText(30),
  situation: z
    .enum(SITUATIONS)
    .nullish()
    .transform((v) => v ?? null),
  deFactoUnsupported: z.boolean().default(false),
  boarding: z.boolean().default(false),
  guardianName: optionalText(30),
  guardianRelation: z
    .enum(GUARDIAN_RELATIONS)
    .nullish()
    .transform((v) => v ?? null),
  guardianPhone: optionalPhone,
  guardianAddress: optionalText(120),
  parents: z.array(parentInput).max(4, { error: 'too_many' }).default([]),
  surrogateStaffId: id.nullish().transform((v) => v ?? null),
  notes: optionalText(2000),
  consent: consentInput.nullish().transform((v) => v ?? null),
});
export type ChildInput = z.input<typeof childInput>;
export type ChildValues = z.output<typeof childInput>;

export const childListInput = z.object({
  query: z.string().trim().max(40).optional(),
  grade: z.number().int().min(1).max(9).optional(),
  classNo: z.number().int().min(1).max(40).optional(),
  situation: z.enum(SITUATIONS).optional(),
  archived: z.boolean().default(false),
  ...pageInput,
});

const importFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes, base64: rosters are small and this crosses IPC as plain data. */
  dataBase64: z.string().min(1).max(20_000_000),
  /** The admin's choices in the mapping step, by 1-based column; null ignores the column. */
  mapping: z
    .array(z.object({ index: z.number().int().min(1).max(500), field: z.enum(CHILD_IMPORT_FIELDS).nullable() }))
    .max(500)
    .optional(),
  /** Sheet rows skipped by rule (not left-behind) that the admin imports all the same. */
  include: z.array(z.number().int().min(1)).max(5000).optional(),
});

/** A data URL whose bytes are checked, not only its prefix. */
const photoInput = z
  .string({ error: 'required' })
  .max(PHOTO_MAX_BYTES * 2, { error: 'photo_size' })
  .superRefine((v, ctx) => {
    const checked = checkPhoto(v);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.reason === 'too_big' ? 'photo_size' : 'photo_type' });
  });

export const collectorInput = z.object({
  name: requiredText(30),
  relation: z
    .enum(GUARDIAN_RELATIONS)
    .nullish()
    .transform((v) => v ?? null),
  phone: optionalPhone,
  mayCollect: z.boolean().default(true),
  /** Why she may not collect (a court order, a family's wish); kept for may-collect entries too. */
  note: optionalText(200),
});

export const childrenContract = {
  /** One page, in class order then pinyin; `total` counts every child the filters match. */
  'children.list': returns<Page<ChildSummary>>()('teacher', childListInput),
  'children.get': returns<ChildFile>()('teacher', z.object({ id })),
  /** Her health notes, opened from the room page's icon: each call writes an access-log row ('health'). */
  'children.healthNotes': returns<HealthNotes>()('teacher', z.object({ id })),
  'children.create': returns<ChildFile>()('admin', childInput),
  'children.update': returns<ChildFile>()('admin', childInput.extend({ id })),
  'children.archive': returns<ChildFile>()('admin', z.object({ id, reason: requiredText(200) })),
  'children.restore': returns<ChildFile>()('admin', z.object({ id })),
  /** The places already typed as 户籍所在地, most used first: offered as the form types, so one place is spelt one way. */
  'children.hukouPlaces': returns<string[]>()('teacher', z.object({})),
  /** The file's columns as mapped, and every row as it would import; writes nothing. */
  'children.importPreview': returns<ChildImportPreview>()('admin', importFile, OUTSIDE_TRANSACTION),
  /** Re-reads the same file with the same choices and writes the new and update rows; remembers the mapping. */
  'children.importConfirm': returns<ChildImportResult>()('admin', importFile, OUTSIDE_TRANSACTION),

  // Her photo for the kiosk: kept only with her guardian's consent; withdrawing it deletes the photo.
  'children.photo': returns<ChildPhotoState>()('teacher', z.object({ childId: id })),
  /** consentBy null withdraws the consent and deletes her photo. */
  'children.photoConsent': returns<ChildPhotoState>()(
    'admin',
    z.union([z.object({ childId: id, consentBy: requiredText(30), consentOn: date }), z.object({ childId: id, consentBy: z.null(), consentOn: z.null() })]),
  ),
  /** Refused without consent; the bytes must be a small JPEG, PNG or WebP (shared/photo.ts). */
  'children.setPhoto': returns<ChildPhotoState>()('teacher', z.object({ childId: id, photo: photoInput })),
  'children.deletePhoto': returns<ChildPhotoState>()('teacher', z.object({ childId: id })),

  // Who may collect her: her file's list, edited on its own so the child form's other sections stay apart.
  'collectors.list': returns<Collector[]>()('teacher', z.object({ childId: id })),
  /** Replaces the list, in the order given. */
  /** A collector's face for the kiosk's 家人来接; refused, like hers, without her photo consent. null deletes it. */
  'collectors.setPhoto': returns<Collector[]>()('teacher', z.object({ childId: id, collectorId: id, photo: photoInput.nullable() })),
  'collectors.save': returns<Collector[]>()('admin', z.object({ childId: id, collectors: z.array(collectorInput).max(12, { error: 'too_many' }) })),
};
