// The record form's values and the care.create input they make: each kind sends its own fields only
// (a letter has no text at all).
import type { Dayjs } from 'dayjs';
import type { CareKind, ContactMode, ContactWith, GrowthArea } from '../../../../shared/domain';
import type { CareInput } from './careStore';

const DAY = 'YYYY-MM-DD';

export interface RecordValues {
  childId: number;
  kind: CareKind;
  date: Dayjs;
  text?: string;
  contactWith?: ContactWith;
  contactMode?: ContactMode;
  metWith?: string;
  letterTo?: string;
  letterSentOn?: Dayjs | null;
  growthArea?: GrowthArea;
  withFollowUp?: boolean;
  followUp?: { note?: string; dueOn?: Dayjs };
}

/** What the form starts with: the child and kind the teacher chose on the due list, if any. */
export interface RecordPreset {
  childId?: number;
  childName?: string;
  kind?: CareKind;
}

function followUpOf(v: RecordValues): CareInput['followUp'] {
  if (!v.withFollowUp) return undefined;
  return { note: v.followUp?.note ?? '', dueOn: v.followUp?.dueOn?.format(DAY) ?? '' };
}

export function toCareInput(v: RecordValues): CareInput {
  const base = { childId: v.childId, date: v.date.format(DAY), followUp: followUpOf(v) };
  const text = v.text ?? '';
  switch (v.kind) {
    case 'talk':
    case 'counselling':
      return { kind: v.kind, ...base, text };
    case 'contact':
      // The form's rules require both before it submits.
      return { kind: 'contact', ...base, contactWith: v.contactWith as ContactWith, contactMode: v.contactMode as ContactMode, text };
    case 'home_visit':
      return { kind: 'home_visit', ...base, metWith: v.metWith ?? '', text };
    case 'letter':
      return { kind: 'letter', ...base, letterTo: v.letterTo ?? '', letterSentOn: v.letterSentOn ? v.letterSentOn.format(DAY) : null };
    case 'growth':
      return { kind: 'growth', ...base, growthArea: v.growthArea as GrowthArea, text };
  }
}
