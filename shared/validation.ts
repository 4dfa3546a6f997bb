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

export const requiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });

export const phone = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .refine(isPhone, { error: 'phone' })
  .transform(normalizePhone);

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

export const pin = z.string({ error: 'required' }).regex(PIN_PATTERN, { error: 'pin' });

export const id = z.number({ error: 'required' }).int().positive();
