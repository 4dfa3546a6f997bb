// Child summaries one page at a time: the child list, the pickers and "children in no group" all read
// them here, so a district of 10,000 children is filtered, counted and paged by the database.
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { z } from 'zod';
import { CONSENT_AGE } from '../../../shared/domain';
import type { ChildSummary, Page } from '../../../shared/domain';
import type { childListInput } from '../../../shared/methods/children';
import { parseNameQuery } from '../../../shared/names';
import { ageOn } from '../../../shared/time';
import type { ChildRow, Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';

export type ChildFilters = Omit<z.output<typeof childListInput>, 'offset' | 'limit'>;
export interface PageRequest {
  offset: number;
  limit: number;
}
export type ChildCondition = (eb: ExpressionBuilder<Database, 'child'>) => Expression<SqlBool>;

const SUMMARY_COLUMNS = [
  'child.id',
  'child.name',
  'child.gender',
  'child.birth_date',
  'child.ethnicity',
  'child.grade',
  'child.class_no',
  'child.student_no',
  'child.situation',
  'child.de_facto_unsupported',
  'child.boarding',
  'child.consent_signed_on',
  'child.archived_at',
  'child.erased_at',
] as const;

type SummaryRow = Pick<ChildRow, (typeof SUMMARY_COLUMNS)[number] extends `child.${infer C extends keyof ChildRow}` ? C : never>;

export function summarize(row: SummaryRow, surrogateName: string | null, today: string): ChildSummary {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    grade: row.grade,
    classNo: row.class_no,
    studentNo: row.student_no,
    situation: row.situation,
    deFactoUnsupported: row.de_facto_unsupported === 1,
    boarding: row.boarding === 1,
    surrogateName,
    // An erased file keeps only the birth year: no consent is missing from what is no longer held.
    consentMissing:
      row.erased_at === null &&
      row.consent_signed_on === null &&
      // An unknown birth date is taken as a child under 14: the room asks for consent rather than assume it.
      (!row.birth_date || ageOn(row.birth_date, today) < CONSENT_AGE),
    archived: row.archived_at !== null,
  };
}

/** The list's filters and search (han: part of the name; latin: initials, pinyin or student number). */
export function matchesFilters(filters: ChildFilters): ChildCondition {
  return (eb) => {
    const conditions: Expression<SqlBool>[] = [eb('child.archived_at', filters.archived ? 'is not' : 'is', null)];
    if (filters.grade !== undefined) conditions.push(eb('child.grade', '=', filters.grade));
    if (filters.classNo !== undefined) conditions.push(eb('child.class_no', '=', filters.classNo));
    if (filters.situation !== undefined) conditions.push(eb('child.situation', '=', filters.situation));
    const query = parseNameQuery(filters.query);
    if (query.kind === 'han') conditions.push(eb('child.name', 'like', `%${query.text}%`));
    if (query.kind === 'latin') {
      const t = query.text;
      // Student numbers may hold letters (学籍号 "G…", an ID ending in X) and dashes: match as typed, any case.
      const typed = (filters.query ?? '').trim().toLowerCase();
      conditions.push(eb.or([eb('child.name_initials', 'like', `${t}%`), eb('child.name_pinyin', 'like', `%${t}%`), eb(eb.fn<string>('lower', ['child.student_no']), 'in', [t, typed])]));
    }
    return eb.and(conditions);
  };
}

export function createChildListReader({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>) {
  /**
   * The children matching `where`, in class order then pinyin; the order ends in id so that pages
   * never repeat or skip a child. `total` counts every match, for the pager.
   */
  async function page(where: ChildCondition, { offset, limit }: PageRequest): Promise<Page<ChildSummary>> {
    const rows = await db
      .selectFrom('child')
      .leftJoin('staff', 'staff.id', 'child.surrogate_staff_id')
      .select(SUMMARY_COLUMNS)
      .select('staff.name as surrogate_name')
      .where(where)
      .orderBy('child.grade', (o) => o.asc().nullsLast())
      .orderBy('child.class_no', (o) => o.asc().nullsLast())
      .orderBy('child.name_pinyin')
      .orderBy('child.id')
      .limit(limit)
      .offset(offset)
      .execute();
    const count = await db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(where)
      .executeTakeFirstOrThrow();
    const today = clock.today();
    return { rows: rows.map((r) => summarize(r, r.surrogate_name, today)), total: Number(count.n) };
  }

  return { page };
}
