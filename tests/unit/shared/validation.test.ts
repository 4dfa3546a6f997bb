import { describe, expect, it } from 'vitest';
import { date, isPhone, isRealDate, normalizePhone, optionalPhone, phone, pin } from '../../../shared/validation';

describe('isPhone', () => {
  it.each(['13812345678', '+86 138 1234 5678', '0851-6123456', '+86-13812345678', '(0851)6123456', '010-12345678'])('accepts %s', (raw) => expect(isPhone(raw)).toBe(true));

  it.each(['12345678901', '1381234567', '138123456789', '', 'abc', '851-6123456', '0851-612345'])('rejects %s', (raw) => expect(isPhone(raw)).toBe(false));
});

describe('normalizePhone', () => {
  it('drops spaces, brackets and the country code', () => {
    expect(normalizePhone('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizePhone('（0851）6123456')).toBe('08516123456');
  });
});

describe('isRealDate', () => {
  it('accepts real calendar dates, including 29 February of a leap year', () => {
    expect(isRealDate('2026-11-23')).toBe(true);
    expect(isRealDate('2024-02-29')).toBe(true);
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026-2-3', '20261123', '', '2026-11-23T00:00'])('rejects %s', (value) => expect(isRealDate(value)).toBe(false));
});

describe('field schemas', () => {
  it('phone normalizes a valid number and reports a bad one with the code "phone"', () => {
    expect(phone.parse(' +86 138 1234 5678 ')).toBe('13812345678');
    const bad = phone.safeParse('12345678901');
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0].message).toBe('phone');
    const empty = phone.safeParse('');
    if (!empty.success) expect(empty.error.issues[0].message).toBe('required');
    expect(empty.success).toBe(false);
  });

  it('optionalPhone turns blank into null and still checks what was typed', () => {
    expect(optionalPhone.parse('')).toBeNull();
    expect(optionalPhone.parse(null)).toBeNull();
    expect(optionalPhone.parse('138 1234 5678')).toBe('13812345678');
    expect(optionalPhone.safeParse('1381234567').success).toBe(false);
  });

  it('date refuses impossible dates with the code "date"', () => {
    const r = date.safeParse('2026-02-30');
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0].message).toBe('date');
  });

  it('pin takes 4 to 8 digits only', () => {
    expect(pin.safeParse('1234').success).toBe(true);
    expect(pin.safeParse('12345678').success).toBe(true);
    expect(pin.safeParse('123').success).toBe(false);
    expect(pin.safeParse('123456789').success).toBe(false);
    expect(pin.safeParse('12a4').success).toBe(false);
  });
});
