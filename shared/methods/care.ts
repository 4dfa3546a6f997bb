import { z } from 'zod';
import {
  CARE_KINDS,
  CONTACT_MODES,
  CONTACT_WITH,
  GROWTH_AREAS,
  type Birthday,
  type CareCharge,
  type CareCoverage,
  type CareRecord,
  type DueGroup,
  type DueGroupSummary,
  type FollowUp,
  type GrowthFile,
  type LetterOccasion,
  type NotSeen,
  type ParentLetter,
  LANGUAGES,
} from '../domain';
import { returns } from '../registry';
import { date, id, optionalDate, requiredText } from '../validation';

const month = z.string({ error: 'required' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'invalid' });
/** The surrogate parent's own words for this letter; not stored (a letter is printed or sent, then gone). */
const letterLine = z.string().trim().max(200, { error: 'too_long' }).default('');
const letterBase = { month, line: letterLine, language: z.enum(LANGUAGES).default('zh-CN') };
/** A folder on this PC, picked by the admin. */
const folder = requiredText(500).refine((p) => !/[\0\r\n]/.test(p), { error: 'invalid' });
const classRef = { grade: z.number().int().min(1).max(12), classNo: z.number().int().min(1).max(99) };

const text = requiredText(2000);
const followUp = z.object({ note: requiredText(200), dueOn: date }).optional();

const base = { childId: id, date, followUp };

/** One schema per kind: a letter has no text field at all (the Minors Protection Law). */
export const careRecordInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('talk'), ...base, text }),
  z.object({
    kind: z.literal('contact'),
    ...base,
    contactWith: z.enum(CONTACT_WITH, { error: 'required' }),
    contactMode: z.enum(CONTACT_MODES, { error: 'required' }),
    text,
  }),
  z.object({ kind: z.literal('home_visit'), ...base, metWith: requiredText(100), text }),
  z.object({ kind: z.literal('letter'), ...base, letterTo: requiredText(60), letterSentOn: optionalDate }),
  z.object({ kind: z.literal('growth'), ...base, growthArea: z.enum(GROWTH_AREAS, { error: 'required' }), text }),
  z.object({ kind: z.literal('counselling'), ...base, text }),
]);

const scope = z.enum(['mine', 'all']).default('mine');

export const careContract = {
  /** A child's records, newest first; counselling text only for admins and counsellors. */
  'care.records': returns<CareRecord[]>()('teacher', z.object({ childId: id, kinds: z.array(z.enum(CARE_KINDS)).max(CARE_KINDS.length).optional() })),
  /** One record in full; a counselling record answers `forbidden` to anyone else. */
  'care.record': returns<CareRecord>()('teacher', z.object({ id })),
  'care.create': returns<CareRecord>()('teacher', careRecordInput),
  'care.void': returns<{ id: number }>()('teacher', z.object({ id, reason: requiredText(200) })),
  /** The room-wide due list as counts per surrogate parent, the children with none first. */
  'care.dueGroups': returns<DueGroupSummary[]>()('teacher', z.object({})),
  /** One group's children who are due (no group when nothing is): mine, or a surrogate parent's (null: none). */
  'care.dueList': returns<DueGroup[]>()('teacher', z.discriminatedUnion('scope', [z.object({ scope: z.literal('mine') }), z.object({ scope: z.literal('staff'), staffId: id.nullable() })])),
  'care.coverage': returns<CareCoverage>()('teacher', z.object({})),
  /** How many children the caller is surrogate parent of, and how many have none: an empty "mine" list means different things. */
  'care.charge': returns<CareCharge>()('teacher', z.object({})),
  'care.followUps': returns<FollowUp[]>()('teacher', z.object({ scope, includeDone: z.boolean().default(false) })),
  /** 节前家书: the caller's children to write home for before a festival, the summer holiday or a parent's birthday. */
  'care.letterOccasions': returns<LetterOccasion[]>()('teacher', z.object({})),
  /** Children who asked at the kiosk to talk, for the caller (her children's; the counsellor's requests for counsellors). */
  'care.talkRequests': returns<FollowUp[]>()('teacher', z.object({})),
  'care.completeFollowUp': returns<FollowUp>()('teacher', z.object({ id, note: z.string().trim().max(200).optional() })),
  'care.birthdays': returns<Birthday[]>()('teacher', z.object({})),
  /** Children on the roll not seen for Settings.notSeenWeeks open weeks, the longest absent first. */
  'care.notSeen': returns<NotSeen>()('teacher', z.object({})),
  'care.growthFile': returns<GrowthFile>()('teacher', z.object({ childId: id })),
  /** A child's letter for one month, as text (the PDF is `care.letterPdf`). */
  'care.letter': returns<ParentLetter>()('teacher', z.object({ childId: id, ...letterBase })),
  /** The same letter as a one-page A4 PDF, base64. */
  'care.letterPdf': returns<{ fileName: string; base64: string }>()('teacher', z.object({ childId: id, ...letterBase })),
  /** One class's letters in one PDF to print (a page each), base64. */
  'care.classLettersPdf': returns<{ fileName: string; base64: string; children: number }>()('teacher', z.object({ ...classRef, ...letterBase })),
  /** One class's letters, one PDF per child, written into a folder the admin picked. */
  'care.classLettersToFolder': returns<{ folder: string; files: string[] }>()('admin', z.object({ ...classRef, ...letterBase, folder })),
};
