// Turning spreadsheet cells into the values a child file holds. Each parser returns null when it
// cannot make sense of the text, which the row reports as 'invalid' on that column.
import type { CellValue } from 'exceljs';
import type { Gender, GuardianRelation, Situation } from '../../../../shared/domain';
import { isRealDate } from '../../../../shared/validation';

/** Any exceljs cell value as trimmed text; dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  // Integers without exponent or decimals: a phone saved as a number must stay 13812345678.
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // exceljs reads date cells as UTC midnight of the day the sheet shows.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((run) => run.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return cellText(value.text);
  if ('result' in value) return cellText(value.result ?? null);
  return '';
}

/** Lower case, no spaces, full-width digits and letters made half-width (Chinese IMEs type them). */
function normalize(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase();
}

function lookup<T>(table: Record<string, T>, text: string): T | null {
  const key = normalize(text);
  return Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}

/** Rosters pad two-character names with spaces to align them ("张\u3000三"): those are not part of the name. */
export function cleanName(text: string): string {
  const squeezed = text.replace(/\s+/g, '');
  return /^\p{Script=Han}+$/u.test(squeezed) ? squeezed : text.trim();
}

const GENDER: Record<string, Gender> = { 女: 'female', female: 'female', f: 'female', 男: 'male', male: 'male', m: 'male' };
export const parseGender = (text: string) => lookup(GENDER, text);

/**
 * Who is away, from however the cell says it: "父母均外出", "双留守", "单留守(父)", "父亲在外打工",
 * "mother_away". 事实无人抚养 may be written in the same cell ("双留守（事实无人抚养）"): it is a flag
 * of its own, returned beside the situation.
 */
export function parseSituation(text: string): { situation: Situation | null; deFacto: boolean } | null {
  const t = normalize(text);
  const deFacto = t.includes('事实无人抚养');
  const rest = t.replace(/事实无人抚养(儿童)?/g, '').replace(/[()（）,，、;；/]/g, '');
  const english = /^(father_away|mother_away|both_away)$/.exec(rest);
  let situation: Situation | null = english ? (english[1] as Situation) : null;
  if (!situation && rest) {
    const father = /父|爸/.test(rest);
    const mother = /母|妈/.test(rest);
    if (/双|父母|双亲|均|都/.test(rest) || (father && mother)) situation = 'both_away';
    else if (father) situation = 'father_away';
    else if (mother) situation = 'mother_away';
  }
  if (!situation && !deFacto) return null;
  return { situation, deFacto };
}

const YES_NO: Record<string, boolean> = {
  是: true,
  否: false,
  y: true,
  n: false,
  yes: true,
  no: false,
  1: true,
  0: false,
  true: true,
  false: false,
  '√': true,
  '✓': true,
  '✔': true,
  '×': false,
};
export const parseYesNo = (text: string) => lookup(YES_NO, text);

const RELATION: Record<string, GuardianRelation> = {
  爷爷: 'grandfather',
  祖父: 'grandfather',
  奶奶: 'grandmother',
  祖母: 'grandmother',
  外公: 'maternal_grandfather',
  外祖父: 'maternal_grandfather',
  姥爷: 'maternal_grandfather',
  外婆: 'maternal_grandmother',
  外祖母: 'maternal_grandmother',
  姥姥: 'maternal_grandmother',
  父亲: 'father',
  爸爸: 'father',
  母亲: 'mother',
  妈妈: 'mother',
  伯父: 'paternal_uncle_elder',
  叔叔: 'paternal_uncle_younger',
  舅舅: 'maternal_uncle',
  姑父: 'uncle',
  姨父: 'uncle',
  姑姑: 'paternal_aunt',
  姑妈: 'paternal_aunt',
  阿姨: 'maternal_aunt',
  姨妈: 'maternal_aunt',
  伯母: 'aunt',
  婶婶: 'aunt',
  舅妈: 'aunt',
  哥哥: 'sibling',
  姐姐: 'sibling',
  其他: 'other',
  grandfather: 'grandfather',
  grandmother: 'grandmother',
  maternal_grandfather: 'maternal_grandfather',
  maternal_grandmother: 'maternal_grandmother',
  father: 'father',
  mother: 'mother',
  uncle: 'uncle',
  aunt: 'aunt',
  sibling: 'sibling',
  other: 'other',
  paternal_uncle_elder: 'paternal_uncle_elder',
  paternal_uncle_younger: 'paternal_uncle_younger',
  maternal_uncle: 'maternal_uncle',
  paternal_aunt: 'paternal_aunt',
  maternal_aunt: 'maternal_aunt',
};
export const parseRelation = (text: string) => lookup(RELATION, text);

const DIGITS = '一二三四五六七八九';
const digit = (c: string) => DIGITS.indexOf(c) + 1;

/** Arabic digits, or Chinese numerals up to 九十九 (class numbers like 十二班). */
function numeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || text === '') return null;
  const [, tens, ten, units] = m;
  if (!ten) return tens && !units ? digit(tens) : null;
  return (tens ? digit(tens) : 1) * 10 + (units ? digit(units) : 0);
}

const JUNIOR: Record<string, number> = { 初一: 7, 初二: 8, 初三: 9 };
// Below, a group without ? is there once its regex matched: m[1]! and the like.

/** "三年级", "3", "3年级", "初一", "七年级", "grade 3". Out-of-range numbers pass on for the range check. */
export function parseGrade(text: string): number | null {
  const t = normalize(text).replace(/^grade/, '');
  const junior = /^(初[一二三])(年级)?$/.exec(t);
  if (junior) return JUNIOR[junior[1]!] ?? null;
  const m = /^([0-9一二三四五六七八九十]+)(年级)?$/.exec(t);
  return m ? numeral(m[1]!) : null;
}

// A class alone ("2", "2班", "(2)班", "十二班"), or a grade ("三年级", "初一", or one digit or numeral)
// with an optional separator ("." "-" or a bracket) before the class: "三年级2班", "四(1)", "4.1", "四1班".
const CLASS_ONLY = /^\(?(\d+|[一二三四五六七八九十]+)\)?班?$/;
const GRADE_CLASS = /^(初[一二三](?:年级)?|(?:\d+|[一二三四五六七八九十]+)年级|\d|[一二三四五六七八九])[.\-(]?(\d+|[一二三四五六七八九十]+)\)?班?$/;
/** An intake year with the class: "2021级3班", "2021级(3)班". */
const INTAKE_CLASS = /^(20\d\d)级[(（]?([0-9一二三四五六七八九十]+)[)）]?班?$/;

/** "2", "2班", "三年级2班", "4.1", "2021级3班" (with the grade the intake year gives in `schoolYear`). */
export function parseClass(text: string, schoolYear: number): { classNo: number; grade: number | null } | null {
  const t = normalize(text);
  const intake = INTAKE_CLASS.exec(t);
  if (intake) {
    const classNo = numeral(intake[2]!);
    return classNo === null ? null : { classNo, grade: gradeOfIntake(Number(intake[1]), schoolYear) };
  }
  const alone = CLASS_ONLY.exec(t);
  if (alone) {
    const classNo = numeral(alone[1]!);
    return classNo === null ? null : { classNo, grade: null };
  }
  const m = GRADE_CLASS.exec(t);
  const classNo = m ? numeral(m[2]!) : null;
  const grade = m ? parseGrade(m[1]!) : null;
  return m && classNo !== null && grade !== null ? { classNo, grade } : null;
}

/** The grade of a year's intake in a school year (named by the year it starts, on 1 September). */
export function gradeOfIntake(intakeYear: number, schoolYear: number): number {
  return schoolYear - intakeYear + 1;
}

/** "2021", "2021级", "2021年", "2021-09", "2021.9": the year children entered school. */
export function parseIntakeYear(text: string): number | null {
  const m = /^(19\d\d|20\d\d)(?:级|年.*|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?$/.exec(normalize(text));
  return m ? Number(m[1]) : null;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31: the last day Excel can show. */
const MAX_SERIAL = 2_958_465;

function ymd(y: number, m: number, d: number): string | null {
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDate(iso) ? iso : null;
}

/** 2015-03-02, 2015/3/2, 2015.3.2, 2015年3月2日, 20150302, or an Excel serial day number. */
export function parseDate(text: string): string | null {
  const t = normalize(text);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{1,7}(\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial < 1 || serial > MAX_SERIAL) return null;
    return new Date(EXCEL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
  }
  return null;
}
