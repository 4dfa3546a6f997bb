import { describe, expect, it } from 'vitest';
import { barcode, isValidIsbn, normalizeIsbn, optionalIsbn } from '../../../shared/validation';

describe('isValidIsbn', () => {
  it.each(['9787020002207', '9787532754687', '7532754685', '7301042914'])('accepts %s', (raw) => expect(isValidIsbn(raw)).toBe(true));

  it('accepts an ISBN-10 whose check digit is X, in either case', () => {
    expect(isValidIsbn('702000220X')).toBe(true);
    expect(isValidIsbn('702000220x')).toBe(true);
    expect(isValidIsbn('080442957X')).toBe(true);
  });

  it('ignores hyphens and spaces', () => {
    expect(isValidIsbn('978-7-02-000220-7')).toBe(true);
    expect(isValidIsbn('978 7 5327 5468 7')).toBe(true);
    expect(isValidIsbn('7-02-000220-X')).toBe(true);
  });

  it.each([
    ['9787020002208', 'ISBN-13 with a wrong check digit'],
    ['9787532754678', 'ISBN-13 with two digits swapped'],
    ['7532754686', 'ISBN-10 with a wrong check digit'],
    ['7020002201', 'ISBN-10 that needs X in the last place'],
  ])('rejects %s (%s)', (raw) => expect(isValidIsbn(raw)).toBe(false));

  it.each(['978702000220', '97870200022077', '753275468', '75327546851', '', 'ISBN9787020002207', 'X532754685', '97870200X2207'])('rejects the wrong length or characters: %s', (raw) =>
    expect(isValidIsbn(raw)).toBe(false),
  );
});

describe('normalizeIsbn and the optional ISBN field', () => {
  it('drops hyphens and spaces and upper-cases X', () => {
    expect(normalizeIsbn(' 7-02-000220-x ')).toBe('702000220X');
    expect(normalizeIsbn('978-7-5327-5468-7')).toBe('9787532754687');
  });

  it('stores blanks as null, valid ISBNs normalised, and refuses a bad checksum with the isbn code', () => {
    expect(optionalIsbn.parse('')).toBeNull();
    expect(optionalIsbn.parse(undefined)).toBeNull();
    expect(optionalIsbn.parse('978-7-02-000220-7')).toBe('9787020002207');
    const result = optionalIsbn.safeParse('978-7-02-000220-8');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('isbn');
  });
});

describe('barcode', () => {
  it('takes letters, digits and dashes as a scanner types them, and nothing else', () => {
    expect(barcode.parse(' B00012 ')).toBe('B00012');
    expect(barcode.safeParse('QS-2026-001').success).toBe(true);
    expect(barcode.safeParse('B 12').success).toBe(false);
    expect(barcode.safeParse('').error?.issues[0].message).toBe('required');
    expect(barcode.safeParse('B'.repeat(41)).error?.issues[0].message).toBe('too_long');
  });
});
