// The record form sends each kind's own fields and nothing else: what a teacher typed under another
// kind before switching never goes along, a letter never carries a text, and a follow-up goes only
// when she ticked "needs a follow-up". Every input it makes passes the contract's schema.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { CARE_KINDS } from '../../../shared/domain';
import { careRecordInput } from '../../../shared/methods/care';
import { toCareInput, type RecordValues } from '../../../renderer/src/features/care/recordForm';

/** A form where the teacher filled every field of every kind, then chose `kind`. */
function filledForm(kind: RecordValues['kind'], overrides: Partial<RecordValues> = {}): RecordValues {
  return {
    childId: 7,
    kind,
    date: dayjs('2026-11-20'),
    text: '说想爸爸了',
    contactWith: 'mother',
    contactMode: 'video',
    metWith: '奶奶',
    letterTo: '爸爸妈妈',
    letterSentOn: dayjs('2026-11-21'),
    growthArea: 'study',
    withFollowUp: false,
    followUp: { note: '一周后再谈', dueOn: dayjs('2026-11-27') },
    ...overrides,
  };
}

describe('toCareInput', () => {
  it('makes an input the contract accepts for every kind', () => {
    for (const kind of CARE_KINDS) expect([kind, careRecordInput.safeParse(toCareInput(filledForm(kind))).success]).toEqual([kind, true]);
  });

  it('sends only the fields of the chosen kind', () => {
    const base = { childId: 7, date: '2026-11-20', followUp: undefined };
    expect(toCareInput(filledForm('talk'))).toEqual({ kind: 'talk', ...base, text: '说想爸爸了' });
    expect(toCareInput(filledForm('contact'))).toEqual({ kind: 'contact', ...base, contactWith: 'mother', contactMode: 'video', text: '说想爸爸了' });
    expect(toCareInput(filledForm('home_visit'))).toEqual({ kind: 'home_visit', ...base, metWith: '奶奶', text: '说想爸爸了' });
    expect(toCareInput(filledForm('growth'))).toEqual({ kind: 'growth', ...base, growthArea: 'study', text: '说想爸爸了' });
    expect(toCareInput(filledForm('counselling'))).toEqual({ kind: 'counselling', ...base, text: '说想爸爸了' });
  });

  it('never sends a letter text, and a letter not yet sent has no date sent', () => {
    const letter = toCareInput(filledForm('letter'));
    expect(letter).toEqual({ kind: 'letter', childId: 7, date: '2026-11-20', followUp: undefined, letterTo: '爸爸妈妈', letterSentOn: '2026-11-21' });
    expect('text' in letter).toBe(false);
    expect(toCareInput(filledForm('letter', { letterSentOn: null }))).toMatchObject({ letterSentOn: null });
  });

  it('sends the follow-up only when it was asked for', () => {
    expect(toCareInput(filledForm('talk', { withFollowUp: true })).followUp).toEqual({ note: '一周后再谈', dueOn: '2026-11-27' });
    expect(toCareInput(filledForm('talk', { withFollowUp: false })).followUp).toBeUndefined();
  });

  it('leaves an empty text for the server to answer under the field', () => {
    const result = careRecordInput.safeParse(toCareInput(filledForm('talk', { text: undefined })));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['text']]);
  });
});
