// Values an attacker, a confused scanner or a corrupted form could send: wrong types, huge and odd
// strings, SQL and markup fragments, control characters, emoji, impossible dates and numbers. Only
// what survives Electron's structured clone (no functions), since that is what reaches dispatch.
import fc from 'fast-check';

export const HOSTILE_STRINGS: string[] = [
  '',
  ' ',
  '\t\n',
  "'; DROP TABLE child; --",
  "' OR 1=1 --",
  '" OR ""="',
  '1); DELETE FROM audit_log; --',
  '%',
  '_',
  '\\',
  '\u0000',
  'a\u0000b',
  '\r\n',
  '\u202eevil\u202c',
  '\ud800',
  '\ufeff',
  '👧🏻‍🎓',
  '😀'.repeat(500),
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  'NaN',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  '{"a":1}',
  '9'.repeat(40),
  'x'.repeat(100_000),
  '张'.repeat(5_000),
  '0000-00-00',
  '2026-02-30',
  '9999-99-99',
  '-000001-01-01',
  '+275760-09-13',
  '2026-11-23T25:61:00+08:00',
  '24:00',
  '23:60',
  '2026-W00',
  '2026-W54',
];

export const HOSTILE_NUMBERS: number[] = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  -2_147_483_648,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** A value of some other type than the field wants; structured clone keeps all of these. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    {},
    [],
    [[[]]],
    new Date('invalid'),
    new Date(8.64e15),
    new Map([['a', 1]]),
    new Set([1]),
    new Uint8Array([0, 1, 2]),
    BigInt(2) ** BigInt(70),
    JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'),
    { toString: 'not a function', valueOf: 42 },
  ),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
);

/** Bytes that claim to be a roster or catalogue file and are not quite one. */
export const hostileFile: fc.Arbitrary<string> = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('base64')),
  fc.constantFrom(
    // A zip header with nothing after it (an .xlsx cut off mid-copy).
    Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000').toString('base64'),
    Buffer.from('\ufeff姓名,性别,出生日期,年级,班级\n张小明,男,2016-05-12,4,2\n=cmd|" /C calc"!A0,女,9999-99-99,99,0\n').toString('base64'),
    Buffer.from('书名,作者,ISBN\n"未闭合的引号,某人,978\n').toString('base64'),
    Buffer.from('x'.repeat(200_000)).toString('base64'),
    'not base64 at all!!',
    '====',
  ),
);
