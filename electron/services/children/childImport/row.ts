// One roster row: its mapped cells read leniently into the child file's fields. A cell that cannot be
// read is reported on its column and left empty; a birth date or a phone that is present but impossible
// is reported as misleading, and refuses the row (a wrong number would be dialled, a wrong age believed).
import type { ChildImportField, ChildImportFields, ChildImportParent } from '../../../../shared/domain';
import { PARENT_SIDES, type ParentSide } from './columns';
import { isNone, parsePhoneCell, splitRelationName } from './lenient';
import { cleanName, parseClass, parseDate, parseGender, parseGrade, parseIntakeYear, parseSituation, parseYesNo } from './parse';

export interface RowProblem {
  field: ChildImportField;
  code: string;
  value?: string;
}

/** Codes that refuse the row; the others are notices (the value was left empty, or kept elsewhere). */
export const REFUSING = new Set(['required', 'date', 'phone', 'date_future', 'date_range', 'duplicate', 'too_long', 'range', 'too_many', 'not_found']);

export interface ParsedRow {
  fields: ChildImportFields;
  /** 是否留守儿童 as the row says it; null when the file does not say. */
  leftBehind: boolean | null;
  problems: RowProblem[];
}

export interface RowContext {
  /** The 1-based column of each mapped field. */
  columns: ReadonlyMap<ChildImportField, number>;
  /** The header of each mapped field, for notes that keep a second value ("联系电话: 138…"). */
  headers: ReadonlyMap<ChildImportField, string>;
  /** The school year now, by the year it started (1 September), for intake years. */
  schoolYear: number;
}

export function parseRow(cells: readonly string[], ctx: RowContext): ParsedRow {
  const fields: ChildImportFields = {};
  const problems: RowProblem[] = [];
  const notes: string[] = [];
  const cell = (field: ChildImportField): string | undefined => {
    const index = ctx.columns.get(field);
    const text = index === undefined ? '' : (cells[index - 1] ?? '').trim();
    return text && !isNone(text) ? text : undefined;
  };
  const has = (field: ChildImportField) => ctx.columns.has(field);
  /** Reads a cell; unreadable text is reported with `code` and the field is left empty. */
  const read = <T>(field: ChildImportField, parse: (text: string) => T | null, code = 'invalid'): T | undefined => {
    const text = cell(field);
    if (text === undefined) return undefined;
    const value = parse(text);
    if (value === null) problems.push({ field, code, value: text });
    return value ?? undefined;
  };

  const name = cell('name');
  if (name) {
    fields.name = cleanName(name);
    if (fields.name !== name) problems.push({ field: 'name', code: 'name_spaces', value: name });
  }
  fields.gender = read('gender', parseGender);
  fields.birthDate = read('birthDate', parseDate, 'date');
  fields.ethnicity = cell('ethnicity');
  fields.hukou = cell('hukou');
  fields.healthAllergies = cell('healthAllergies');
  fields.healthConditions = cell('healthConditions');
  fields.studentNo = cell('studentNo')?.replace(/\s+/g, '');
  fields.guardianAddress = cell('guardianAddress');
  fields.guardianSituation = cell('guardianSituation');
  fields.healthStatus = cell('healthStatus');
  fields.incomeSource = cell('incomeSource');
  fields.villageContactName = cell('villageContactName');

  const klass = read('classNo', (t) => parseClass(t, ctx.schoolYear));
  fields.classNo = klass?.classNo;
  // A grade column wins, then an intake year, then a grade the class cell names ("三年级2班").
  const intake = read('entryYear', parseIntakeYear);
  fields.grade = read('grade', parseGrade) ?? (intake !== undefined ? ctx.schoolYear - intake + 1 : (klass?.grade ?? undefined));

  const situation = read('situation', parseSituation);
  fields.situation = situation?.situation ?? undefined;
  // These columns mark the yes cases only, so a blank cell in a present column means no.
  // An unreadable mark is left empty (an update keeps what the file had).
  const mark = (field: 'deFactoUnsupported' | 'boarding') => (has(field) ? (cell(field) === undefined ? false : read(field, parseYesNo)) : undefined);
  fields.deFactoUnsupported = mark('deFactoUnsupported');
  if (situation?.deFacto) fields.deFactoUnsupported = true;
  fields.boarding = mark('boarding');
  const leftBehind = has('leftBehind') ? (read('leftBehind', parseYesNo) ?? null) : null;

  readGuardian(cell, fields, problems);
  const guardianPhone = cell('guardianPhone');
  if (guardianPhone !== undefined) {
    const read = parsePhoneCell(guardianPhone);
    if (read.impossible) problems.push({ field: 'guardianPhone', code: 'phone', value: guardianPhone });
    else fields.guardianPhone = read.phone ?? undefined;
    keepRest('guardianPhone', read.more, read.text);
  }

  const villagePhone = cell('villageContactPhone');
  if (villagePhone !== undefined) {
    const read = parsePhoneCell(villagePhone);
    if (read.impossible) problems.push({ field: 'villageContactPhone', code: 'phone', value: villagePhone });
    else fields.villageContactPhone = read.phone ?? undefined;
    // "王主任 13800001111": the name before the number, when the file gives no name column.
    if (read.text && !fields.villageContactName) fields.villageContactName = read.text;
    keepRest('villageContactPhone', read.more, read.text, Boolean(read.text) && fields.villageContactName === read.text);
  }

  const parents: ChildImportParent[] = [];
  const sharedTime = cell('callTime') ?? null;
  for (const side of PARENT_SIDES) {
    const parent = readParent(side, cell, problems, keepRest);
    if (parent) parents.push({ ...parent, bestCallTime: parent.bestCallTime ?? sharedTime });
  }
  if (parents.length) fields.parents = parents;
  // A time for both parents on a row that names neither is kept in the notes, not dropped.
  else if (sharedTime) notes.push(`${ctx.headers.get('callTime') ?? 'callTime'}: ${sharedTime}`);

  const given = cell('notes');
  const allNotes = [given, ...notes].filter(Boolean).join('\n');
  if (allNotes) fields.notes = allNotes;
  for (const key of Object.keys(fields) as (keyof ChildImportFields)[]) if (fields[key] === undefined) delete fields[key];
  return { fields, leftBehind, problems };

  /** A phone cell's further numbers and leftover text, kept in the notes under the column's header. */
  function keepRest(field: ChildImportField, more: string[], text: string, textKept = false): void {
    const header = ctx.headers.get(field) ?? field;
    for (const phone of more) {
      notes.push(`${header}: ${phone}`);
      problems.push({ field, code: 'second_phone', value: phone });
    }
    if (text && !textKept) notes.push(`${header}: ${text}`);
  }
}

function readGuardian(cell: (f: ChildImportField) => string | undefined, fields: ChildImportFields, problems: RowProblem[]): void {
  // Either cell may hold both the relation and the name ("奶奶 黄桂珍", "唐志国（父）").
  const nameCell = cell('guardianName');
  const relationCell = cell('guardianRelation');
  const fromName = nameCell ? splitRelationName(nameCell) : null;
  const fromRelation = relationCell ? splitRelationName(relationCell) : null;
  const name = fromName?.name ?? fromRelation?.name ?? null;
  const relation = fromRelation?.relation ?? fromName?.relation ?? null;
  if (name) fields.guardianName = name;
  if (relation) fields.guardianRelation = relation;
  else if (relationCell && !fromRelation?.name) problems.push({ field: 'guardianRelation', code: 'invalid', value: relationCell });
}

function readParent(
  side: ParentSide,
  cell: (f: ChildImportField) => string | undefined,
  problems: RowProblem[],
  keepRest: (field: ChildImportField, more: string[], text: string, textKept?: boolean) => void,
): ChildImportParent | null {
  const nameText = cell(`${side}Name`);
  const phoneText = cell(`${side}Phone`);
  const city = cell(`${side}City`) ?? null;
  const employer = cell(`${side}Employer`) ?? null;
  const bestCallTime = cell(`${side}CallTime`) ?? null;
  let phone: string | null = null;
  let workCity = city;
  if (phoneText !== undefined) {
    const read = parsePhoneCell(phoneText);
    if (read.impossible) problems.push({ field: `${side}Phone`, code: 'phone', value: phoneText });
    phone = read.phone;
    // Text before the number is where the parent works ("广东深圳 139…"), when the file says nowhere else.
    const cityKept = Boolean(read.text) && !workCity;
    if (cityKept) workCity = read.text;
    keepRest(`${side}Phone`, read.more, read.text, cityKept);
  }
  if (!nameText && !phone && !workCity && !employer && !bestCallTime) return null;
  return { relation: side, name: nameText ? cleanName(nameText) : null, phone, workCity, employer, bestCallTime };
}
