// The register of left-behind children (台账) as a table: every child on the roll in the fields of the
// national survey. Which columns it carries, and which only when the admin asks for contacts, is the data
// policy's (electron/db/dataPolicy.ts). Read and drawn in the bundle worker (jobs.ts); written by ledger.ts.
import { GUARDIAN_RELATIONS, type Language } from '../../../shared/domain';
import { ageOn } from '../../../shared/time';
import { carries, type PolicyColumn, type PolicyTable } from '../../db/dataPolicy';
import type { ChildParentRow, ChildRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import type { Cell } from './sheets/types';
import type { Texts } from './texts';

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A grade as the survey forms write it: 三年级 (Grade 3 in English). */
function gradeWord(grade: number, language: Language): string {
  return language === 'zh-CN' && CHINESE_DIGITS[grade] ? `${CHINESE_DIGITS[grade]}年级` : `Grade ${grade}`;
}

type ChildJoin = ChildRow & { surrogate_name: string | null };
interface RegisterLine {
  no: number;
  school: string;
  c: ChildJoin;
  father: ChildParentRow | undefined;
  mother: ChildParentRow | undefined;
  today: string;
}
interface RegisterColumn {
  key: string;
  /** Where its value comes from: the data policy says whether the register may carry it, and under which choice. */
  from: { table: PolicyTable; column: string } | null;
  value(line: RegisterLine, texts: Texts): Cell;
}

const column = <T extends PolicyTable>(key: string, table: T, from: PolicyColumn<T>, value: RegisterColumn['value']): RegisterColumn => ({
  key,
  from: { table, column: from },
  value,
});
const known = (relation: string) => (GUARDIAN_RELATIONS as readonly string[]).includes(relation);

/** The register's columns in the survey's order. */
const REGISTER: RegisterColumn[] = [
  { key: 'no', from: null, value: (l) => l.no },
  { key: 'school', from: null, value: (l) => l.school },
  column('name', 'child', 'name', (l) => l.c.name),
  column('gender', 'child', 'gender', ({ c }, { t }) => (c.gender ? t(`common:enums.gender.${c.gender}`) : null)),
  column('ethnicity', 'child', 'ethnicity', (l) => l.c.ethnicity),
  column('hukou', 'child', 'hukou', (l) => l.c.hukou),
  column('birthDate', 'child', 'birth_date', (l) => l.c.birth_date),
  column('age', 'child', 'birth_date', ({ c, today }) => (c.birth_date ? ageOn(c.birth_date, today) : null)),
  column('grade', 'child', 'grade', ({ c }, { language }) => (c.grade === null ? null : gradeWord(c.grade, language))),
  column('classNo', 'child', 'class_no', (l) => l.c.class_no),
  column('studentNo', 'child', 'student_no', (l) => l.c.student_no),
  column('situation', 'child', 'situation', ({ c }, { t }) => (c.situation ? t(`common:enums.situation.${c.situation}`) : null)),
  column('deFactoUnsupported', 'child', 'de_facto_unsupported', (l, { yesNo }) => yesNo(l.c.de_facto_unsupported === 1)),
  column('boarding', 'child', 'boarding', (l, { yesNo }) => yesNo(l.c.boarding === 1)),
  column('healthStatus', 'child', 'health_status', (l) => l.c.health_status),
  column('incomeSource', 'child', 'income_source', (l) => l.c.income_source),
  column('fatherName', 'child_parent', 'name', (l) => l.father?.name ?? null),
  column('fatherWorkCity', 'child_parent', 'work_city', (l) => l.father?.work_city ?? null),
  column('fatherEmployer', 'child_parent', 'employer', (l) => l.father?.employer ?? null),
  column('motherName', 'child_parent', 'name', (l) => l.mother?.name ?? null),
  column('motherWorkCity', 'child_parent', 'work_city', (l) => l.mother?.work_city ?? null),
  column('motherEmployer', 'child_parent', 'employer', (l) => l.mother?.employer ?? null),
  column('guardianName', 'child', 'guardian_name', (l) => l.c.guardian_name),
  column('guardianRelation', 'child', 'guardian_relation', ({ c }, { t }) =>
    c.guardian_relation !== null && known(c.guardian_relation) ? t(`common:enums.guardianRelation.${c.guardian_relation}`) : c.guardian_relation,
  ),
  column('guardianSituation', 'child', 'guardian_situation', (l) => l.c.guardian_situation),
  column('villageContactName', 'child', 'village_contact_name', (l) => l.c.village_contact_name),
  column('guardianPhone', 'child', 'guardian_phone', (l) => l.c.guardian_phone),
  column('fatherPhone', 'child_parent', 'phone', (l) => l.father?.phone ?? null),
  column('motherPhone', 'child_parent', 'phone', (l) => l.mother?.phone ?? null),
  column('guardianAddress', 'child', 'guardian_address', (l) => l.c.guardian_address),
  column('villageContactPhone', 'child', 'village_contact_phone', (l) => l.c.village_contact_phone),
  column('surrogate', 'child', 'surrogate_staff_id', (l) => l.c.surrogate_name),
  column('consentSignedBy', 'child', 'consent_signed_by', (l) => l.c.consent_signed_by),
  column('consentSignedOn', 'child', 'consent_signed_on', (l) => l.c.consent_signed_on),
];

/** The columns the data policy lets the register carry, given the admin's choice of contacts. */
export function registerColumns(includeContacts: boolean): RegisterColumn[] {
  return REGISTER.filter((c) => c.from === null || carries('register', c.from.table, c.from.column as PolicyColumn<PolicyTable>, includeContacts));
}

export async function ledgerRows({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>, columns: RegisterColumn[], school: string, texts: Texts): Promise<Cell[][]> {
  const children = await db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .selectAll('c')
    .select('s.name as surrogate_name')
    .where('c.archived_at', 'is', null)
    .where('c.erased_at', 'is', null)
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .orderBy('c.id')
    .execute();
  const parents = await db.selectFrom('child_parent').selectAll().where('removed_at', 'is', null).where('relation', 'in', ['father', 'mother']).orderBy('id').execute();
  const parentOf = new Map<string, (typeof parents)[number]>();
  for (const p of parents) if (!parentOf.has(`${p.child_id}:${p.relation}`)) parentOf.set(`${p.child_id}:${p.relation}`, p);
  const today = clock.today();
  return children.map((c, i) => {
    const line = { no: i + 1, school, c, father: parentOf.get(`${c.id}:father`), mother: parentOf.get(`${c.id}:mother`), today };
    return columns.map((col) => col.value(line, texts));
  });
}
