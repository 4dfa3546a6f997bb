// Field rules shared by the contract (server) and the forms (renderer), so both say the same thing.
import { z } from 'zod';

/** Chinese mobile numbers, or a landline with its area code (0851-1234567). */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s()（）]/g, '').replace(/^\+?86-?/, '');
}

export function isPhone(raw: string): boolean {
  const p = normalizePhone(raw);
  return MOBILE.test(p) || LANDLINE.test(p);
}

export const PIN_PATTERN = /^\d{4,8}$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isRealDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Optional text: blank becomes null, so "nothing entered" is stored one way. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .nullish()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number) => z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });

export const phone = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).refine(isPhone, { error: 'phone' }).transform(normalizePhone);

export const optionalPhone = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? normalizePhone(v) : null))
  .refine((v) => v === null || isPhone(v), { error: 'phone' });

export const date = z.string({ error: 'required' }).refine(isRealDate, { error: 'date' });

export const optionalDate = z
  .string()
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isRealDate(v), { error: 'date' });

/** A day of the year as MM-DD ("03-12"); 29 February counts (2000 was a leap year). */
export const monthDay = z.string({ error: 'required' }).refine((v) => /^\d{2}-\d{2}$/.test(v) && isRealDate(`2000-${v}`), { error: 'date' });

/** A month and day as people write them ("3-12", "3/12", "3.12", "3月12日", "03-12") as MM-DD, or null when it is not one. */
export function toMonthDay(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*[日号]?\s*$/.exec(text);
  if (!m) return null;
  const value = `${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}`;
  return monthDay.safeParse(value).success ? value : null;
}

export const pin = z.string({ error: 'required' }).regex(PIN_PATTERN, { error: 'pin' });

export const id = z.number({ error: 'required' }).int().positive();

/** ISBN without hyphens or spaces, upper-case X. */
export function normalizeIsbn(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** ISBN-10 (mod 11, X = 10 in the last place) or ISBN-13 (mod 10, weights 1 and 3). */
export function isValidIsbn(raw: string): boolean {
  const isbn = normalizeIsbn(raw);
  if (/^\d{9}[\dX]$/.test(isbn)) {
    const sum = [...isbn].reduce((acc, ch, i) => acc + (ch === 'X' ? 10 : Number(ch)) * (10 - i), 0);
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(isbn)) {
    const sum = [...isbn].reduce((acc, ch, i) => acc + Number(ch) * (i % 2 === 0 ? 1 : 3), 0);
    return sum % 10 === 0;
  }
  return false;
}

export const optionalIsbn = z
  .string()
  .trim()
  .nullish()
  .transform((v) => (v ? normalizeIsbn(v) : null))
  .refine((v) => v === null || isValidIsbn(v), { error: 'isbn' });

/** A copy's label as a scanner types it: letters, digits and dashes. */
export const barcode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(40, { error: 'too_long' })
  .regex(/^[A-Za-z0-9-]+$/, { error: 'invalid' });

/** The largest page a list answers: district-scale lists (10,000 children) are paged by the database. */
export const PAGE_MAX = 200;

/** Which page of a long list: rows skipped, and rows wanted (50 unless asked). */
export const pageInput = {
  offset: z.number().int().min(0).max(1_000_000).default(0),
  limit: z.number().int().min(1).max(PAGE_MAX).default(50),
};
