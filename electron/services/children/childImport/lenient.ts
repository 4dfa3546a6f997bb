// Cells that hold more than one thing, as people fill them in: a phone with a city or a second number,
// a guardian's relation beside the name. Each reader says what it took and what it left over.
import { cleanName, parseRelation } from './parse';
import type { GuardianRelation } from '../../../../shared/domain';

const NONE = /^(无|没有|暂无|不详|\/|—+|-+|–+|n\/?a|none)$/i;

/** A cell that says "no value": 无, —, /. */
export function isNone(text: string): boolean {
  return NONE.test(text.replace(/\s+/g, ''));
}

export interface PhoneCell {
  /** The first number, normalised: 13912345678, or 0739-5321888 for a landline. */
  phone: string | null;
  /** Further numbers in the same cell, kept so nothing the school wrote is lost. */
  more: string[];
  /** Text around the numbers (a work city, a name), trimmed of separators. */
  text: string;
  /** True when the cell has digits that make no phone number (a digit missing): misleading, refused. */
  impossible: boolean;
}

function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** One run of digits as a phone: 11-digit mobiles, landlines with their area code; else null. */
function asPhone(digits: string): string | null {
  const d = digits.replace(/^(0086|86)(?=1\d{10}$)/, '');
  if (/^1[3-9]\d{9}$/.test(d)) return d;
  if (/^0\d{9,11}$/.test(d)) {
    // Beijing, Shanghai, Tianjin, Chongqing and 02x cities have 3-digit area codes; the rest 4.
    const area = /^0(10|2\d)/.test(d) ? 3 : 4;
    const local = d.slice(area);
    return local.length >= 7 && local.length <= 8 ? `${d.slice(0, area)}-${local}` : null;
  }
  return null;
}

/** Splits a run that is two mobiles written together with only spaces between them. */
function asPhones(digits: string): string[] | null {
  const one = asPhone(digits);
  if (one) return [one];
  if (digits.length === 22) {
    const pair = [asPhone(digits.slice(0, 11)), asPhone(digits.slice(11))];
    if (pair[0] && pair[1]) return [pair[0], pair[1]];
  }
  return null;
}

/**
 * "139 2222 3333", "139-0739-1234", "+86 135 0739 6666", full-width digits, "广东深圳13922223333",
 * "15873900011/13873900012", "无". Spaces and dashes inside a number are dropped; anything else
 * between digits separates two numbers.
 */
export function parsePhoneCell(raw: string): PhoneCell {
  const text = halfWidth(raw).trim();
  if (!text || isNone(text)) return { phone: null, more: [], text: '', impossible: false };
  const runs: string[] = [];
  let rest = '';
  let impossible = false;
  // A run: digits with spaces or dashes inside, optionally after +86.
  const pattern = /(?:\+?86[\s-]*)?\d[\d\s-]*\d|\d/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    rest += text.slice(last, match.index);
    last = (match.index ?? 0) + match[0].length;
    const digits = match[0].replace(/^\+/, '').replace(/[\s-]/g, '');
    const phones = asPhones(digits);
    if (phones) runs.push(...phones);
    else impossible = true;
  }
  rest += text.slice(last);
  const left = rest.replace(/[\s/、,，;；:：()（）]+/g, ' ').trim();
  return { phone: runs[0] ?? null, more: runs.slice(1), text: left, impossible: impossible || (runs.length === 0 && /\d/.test(text)) };
}

// A relation word with the name, in either order: "奶奶 黄桂珍", "外公：罗大明", "唐志国（父）", "曾宪文 爷爷".
const SHORT_RELATION: Record<string, GuardianRelation> = { 父: 'father', 母: 'mother' };

function relationOf(word: string): GuardianRelation | null {
  return parseRelation(word) ?? SHORT_RELATION[word] ?? null;
}

/** The guardian's cell split into the relation and the name, when it holds both. */
export function splitRelationName(raw: string): { relation: GuardianRelation | null; name: string | null } {
  const text = halfWidth(raw).trim();
  const parts = text.split(/[\s:：()（）,，、/]+/).filter(Boolean);
  const [a, b, ...more] = parts;
  if (a !== undefined && b !== undefined && more.length === 0) {
    const ra = relationOf(a);
    const rb = relationOf(b);
    if (ra && !rb) return { relation: ra, name: cleanName(b) };
    if (rb && !ra) return { relation: rb, name: cleanName(a) };
  }
  if (a !== undefined && b === undefined) {
    const relation = relationOf(a);
    return relation ? { relation, name: null } : { relation: null, name: cleanName(a) };
  }
  return { relation: null, name: text ? cleanName(text) : null };
}
