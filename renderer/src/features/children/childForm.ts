// Between the form's values (dayjs dates, blanks) and the contract's input (YYYY-MM-DD, nulls).
import dayjs, { type Dayjs } from 'dayjs';
import type { Input } from '../../../../shared/contract';
import type { ChildFile, ParentRelation } from '../../../../shared/domain';
import { toMonthDay } from '../../../../shared/validation';

export interface ParentValues {
  id?: number;
  relation: ParentRelation;
  name?: string | null;
  phone?: string | null;
  workCity?: string | null;
  employer?: string | null;
  bestCallTime?: string | null;
  verifiedOn?: Dayjs | null;
  /** As typed ("3月12日", "03-12"); the form's rule checks it reads as a day. */
  birthday?: string | null;
}

export type ChildFormValues = Omit<Input<'children.create'>, 'birthDate' | 'parents' | 'consent'> & {
  birthDate?: Dayjs;
  parents: ParentValues[];
  consent?: { signedBy?: string | null; signedOn?: Dayjs | null; scope?: string | null };
};

/** The health notes' fields, in the order the form and the file's view show them. */
export const HEALTH_FIELDS = ['healthAllergies', 'healthConditions', 'healthMedicines', 'healthActions'] as const;

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function toFormValues(child: ChildFile | null): Partial<ChildFormValues> {
  if (!child) {
    return {
      gender: undefined,
      situation: 'both_away',
      deFactoUnsupported: false,
      boarding: false,
      parents: [
        { relation: 'father', name: '' },
        { relation: 'mother', name: '' },
      ],
    };
  }
  return {
    ...child,
    birthDate: child.birthDate ? dayjs(child.birthDate) : undefined,
    parents: child.parents.map((p) => ({ ...p, verifiedOn: p.verifiedOn ? dayjs(p.verifiedOn) : null })),
    consent: child.consent ? { signedBy: child.consent.signedBy, signedOn: dayjs(child.consent.signedOn), scope: child.consent.scope } : undefined,
  };
}

export function toInput(values: ChildFormValues): Input<'children.create'> {
  const consent = values.consent;
  const hasConsent = Boolean(consent?.signedBy?.trim() || consent?.signedOn);
  return {
    ...values,
    birthDate: day(values.birthDate),
    studentNo: values.studentNo || null,
    surrogateStaffId: values.surrogateStaffId ?? null,
    parents: (values.parents ?? []).map((p) => ({ ...p, verifiedOn: day(p.verifiedOn), birthday: p.birthday?.trim() ? toMonthDay(p.birthday) : null })),
    consent: hasConsent ? { signedBy: consent?.signedBy ?? '', signedOn: day(consent?.signedOn) ?? '', scope: consent?.scope ?? null } : null,
  };
}
