// One roster row: its cells parsed into child-file values, merged over the file it updates,
// and the path of any validation issue traced back to the column it came from.
import type { z } from 'zod';
import type { ChildFile } from '../../../shared/domain';
import type { FieldCode } from '../../../shared/errors';
import type { ChildInput, parentInput } from '../../../shared/methods/children';
import { canonicalHeader, COLUMNS, parentColumn, PARENT_FIELDS, PARENT_SIDES, type Column, type ParentSide } from './columns';
import { cleanName, parseClass, parseDate, parseGender, parseGrade, parseRelation, parseSituation, parseYesNo } from './parse';

type ParentInput = z.input<typeof parentInput>;
type ScalarKey = Exclude<Column, `father${string}` | `mother${string}`>;
type SheetValues = Partial<Pick<ChildInput, ScalarKey>>;
type SheetParent = Partial<Pick<ParentInput, 'name' | 'phone' | 'workCity' | 'employer'>>;

export interface SheetRow {
  /** Only what the row gives: a blank cell gives nothing, so an update keeps what the file had. */
  values: SheetValues;
  parents: Partial<Record<ParentSide, SheetParent>>;
  /** Cells that could not be read: each reported once, as 'invalid'. */
  problems: Map<Column, FieldCode>;
}

export function parseRow(cells: ReadonlyMap<Column, string>, present: ReadonlySet<Column>): SheetRow {
  const values: SheetValues = {};
  const problems = new Map<Column, FieldCode>();
  const put = <K extends ScalarKey>(key: K, value: SheetValues[K] | null | undefined) => {
    if (value !== null && value !== undefined) values[key] = value;
  };
  const read = <T>(column: Column, parse: (text: string) => T | null): T | undefined => {
    const text = cells.get(column);
    if (text === undefined) return undefined;
    const value = parse(text);
    if (value === null) problems.set(column, 'invalid');
    return value ?? undefined;
  };

  for (const key of ['studentNo', 'guardianName', 'guardianPhone', 'guardianAddress', 'notes'] as const) put(key, cells.get(key));
  put('name', read('name', cleanName));
  put('gender', read('gender', parseGender));
  put('birthDate', read('birthDate', parseDate));
  put('situation', read('situation', parseSituation));
  put('guardianRelation', read('guardianRelation', parseRelation));
  const klass = read('classNo', parseClass);
  put('classNo', klass?.classNo);
  // A grade column wins; otherwise a class written "三年级2班" names the grade too.
  put('grade', cells.has('grade') ? read('grade', parseGrade) : klass?.grade);
  for (const key of ['deFactoUnsupported', 'boarding'] as const) {
    // These columns mark the yes cases only, so a blank cell in a present column means no.
    if (present.has(key)) put(key, cells.has(key) ? read(key, parseYesNo) : false);
  }

  const parents: SheetRow['parents'] = {};
  for (const side of PARENT_SIDES) {
    const parent: SheetParent = {};
    for (const suffix of Object.keys(PARENT_FIELDS) as (keyof typeof PARENT_FIELDS)[]) {
      const text = cells.get(parentColumn(side, suffix));
      if (text !== undefined) parent[PARENT_FIELDS[suffix]] = suffix === 'Name' ? cleanName(text) : text;
    }
    if (Object.keys(parent).length) parents[side] = parent;
  }
  return { values, parents, problems };
}

export type DraftParent = Partial<ParentInput>;
export type Draft = Omit<Partial<ChildInput>, 'parents'> & { parents: DraftParent[] };

export interface MergedRow {
  draft: Draft;
  /** Which sheet columns each draft parent came from; null for parents kept from the file. */
  sources: (ParentSide | null)[];
}

/** The row over the existing file (or over nothing, for a new child). */
export function mergeRow(row: SheetRow, base: ChildInput | null): MergedRow {
  const parents: DraftParent[] = (base?.parents ?? []).map((p) => ({ ...p }));
  const sources: (ParentSide | null)[] = parents.map(() => null);
  for (const side of PARENT_SIDES) {
    const given = row.parents[side];
    if (!given) continue;
    // Update the file's father/mother in place (same id), so call history stays attached to them.
    const i = parents.findIndex((p) => p.relation === side);
    if (i >= 0) {
      parents[i] = { ...parents[i], ...given };
      sources[i] = side;
    } else {
      parents.push({ relation: side, ...given });
      sources.push(side);
    }
  }
  return { draft: { ...base, ...row.values, parents }, sources };
}

export function fileToInput(file: ChildFile): ChildInput {
  return {
    name: file.name,
    gender: file.gender,
    birthDate: file.birthDate,
    grade: file.grade,
    classNo: file.classNo,
    studentNo: file.studentNo,
    situation: file.situation,
    deFactoUnsupported: file.deFactoUnsupported,
    boarding: file.boarding,
    guardianName: file.guardianName,
    guardianRelation: file.guardianRelation,
    guardianPhone: file.guardianPhone,
    guardianAddress: file.guardianAddress,
    parents: file.parents.map((p) => ({
      id: p.id,
      relation: p.relation,
      name: p.name,
      phone: p.phone,
      workCity: p.workCity,
      employer: p.employer,
      bestCallTime: p.bestCallTime,
      verifiedOn: p.verifiedOn,
    })),
    surrogateStaffId: file.surrogateStaffId,
    notes: file.notes,
    consent: file.consent,
  };
}

const SUFFIX_OF: Record<string, keyof typeof PARENT_FIELDS> = { name: 'Name', phone: 'Phone', workCity: 'City', employer: 'Employer' };

/**
 * The column an issue path points at. Paths outside the sheet (surrogateStaffId, consent, a kept
 * parent) come back as the field name: nothing in the file can fix them, but the row still says why.
 */
export function issueColumn(path: readonly PropertyKey[], sources: readonly (ParentSide | null)[]): Column | string {
  const [head, index, field] = path;
  if (head === 'parents') {
    const side = typeof index === 'number' ? sources[index] : sources.find((s) => s !== null);
    if (!side) return 'parents';
    // Fields the sheet has no column for (bestCallTime, verifiedOn) belong to the parent's name.
    return parentColumn(side, typeof field === 'string' && Object.hasOwn(SUFFIX_OF, field) ? SUFFIX_OF[field] : 'Name');
  }
  return String(head ?? '');
}

export function columnLabel(column: Column | string, headers: ReadonlyMap<Column, string>): string {
  if (!isColumn(column)) return column;
  return headers.get(column) ?? canonicalHeader(column);
}

function isColumn(key: string): key is Column {
  return Object.hasOwn(COLUMNS, key);
}
