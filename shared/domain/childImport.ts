// The child import: a school's roster file (.xlsx/.csv) read through a column mapping into child files.
import type { Gender, GuardianRelation, ParentRelation, Situation } from '../domain';

/** What a column of the file can be mapped to: a field of the child's file, or a part of one. */
export const CHILD_IMPORT_FIELDS = [
  'studentNo',
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'hukou',
  'healthAllergies',
  'healthConditions',
  'grade',
  'classNo',
  'entryYear',
  'situation',
  'leftBehind',
  'deFactoUnsupported',
  'boarding',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
  'guardianAddress',
  'guardianSituation',
  'healthStatus',
  'incomeSource',
  'villageContactName',
  'villageContactPhone',
  'fatherName',
  'fatherPhone',
  'fatherCity',
  'fatherEmployer',
  'fatherCallTime',
  'motherName',
  'motherPhone',
  'motherCity',
  'motherEmployer',
  'motherCallTime',
  'callTime',
  'notes',
] as const;
export type ChildImportField = (typeof CHILD_IMPORT_FIELDS)[number];

export interface ChildImportColumn {
  /** 1-based column number in the sheet. */
  index: number;
  /** The header as the file wrote it (a group heading joined to the one under it: "父亲情况 / 手机"). */
  header: string;
  /** The field the column fills now; null: ignored. */
  field: ChildImportField | null;
  /** The field its header's synonyms (or a remembered choice) name; null when none does. */
  suggested: ChildImportField | null;
  /** The first non-blank value under the header, so the admin sees what the column holds. */
  sample: string | null;
}

/** One column's choice by the admin: the 1-based column number and its field (null: ignore it). */
export interface ChildImportMapping {
  index: number;
  field: ChildImportField | null;
}

export type ChildImportStatus = 'new' | 'update' | 'repeat' | 'skipped' | 'error';

/**
 * Codes that refuse a row ('required' name, 'date' or 'phone' present but impossible, 'duplicate'...),
 * and notices that do not: 'invalid' (unreadable, left empty), 'second_phone', 'name_spaces',
 * 'not_left_behind' (the skip reason), 'repeat'.
 */
export interface ChildImportProblem {
  /** The header of the column, as the file wrote it. */
  column: string;
  code: string;
  /** The value concerned, when the code needs it (the second phone kept, the text dropped). */
  value?: string;
}

export interface ChildImportParent {
  relation: ParentRelation;
  name: string | null;
  phone: string | null;
  workCity: string | null;
  employer: string | null;
  /** When the parent is best called, as the file words it (晚上8点后). */
  bestCallTime: string | null;
}

/** What the row gives, under the child file's field names; absent: the row says nothing. */
export interface ChildImportFields {
  name?: string;
  gender?: Gender;
  birthDate?: string;
  ethnicity?: string;
  hukou?: string;
  healthAllergies?: string;
  healthConditions?: string;
  grade?: number;
  classNo?: number;
  studentNo?: string;
  situation?: Situation;
  deFactoUnsupported?: boolean;
  boarding?: boolean;
  guardianName?: string;
  guardianRelation?: GuardianRelation;
  guardianPhone?: string;
  guardianAddress?: string;
  guardianSituation?: string;
  healthStatus?: string;
  incomeSource?: string;
  villageContactName?: string;
  villageContactPhone?: string;
  parents?: ChildImportParent[];
  notes?: string;
}

export interface ChildImportRow {
  /** 1-based, as the spreadsheet shows it. */
  rowNumber: number;
  status: ChildImportStatus;
  name: string | null;
  fields: ChildImportFields;
  problems: ChildImportProblem[];
  /** For a repeat: the row of the file it repeats. */
  repeatOf: number | null;
}

export interface ChildImportPreview {
  sheetName: string;
  /** The rows the header takes (two when group headings sit over the field names). */
  headerRows: number[];
  columns: ChildImportColumn[];
  rows: ChildImportRow[];
  counts: Record<ChildImportStatus, number>;
}

export interface ChildImportResult {
  created: number;
  updated: number;
  skipped: number;
}
