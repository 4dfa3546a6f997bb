// fast-check inputs for any contract method, read off its zod schema: plausible inputs (right shape,
// values a room would hold, ids of live, archived and missing rows) that reach the services, and
// hostile ones (a field of the wrong type, a missing or extra field, strange values) that test the edges.
import fc from 'fast-check';
import { z } from 'zod';
import { HOSTILE_NUMBERS, hostileFile, hostileString, wrongType } from './hostile';

export interface Pools {
  /** Ids of live, archived, voided and missing rows of every table. */
  ids: number[];
  barcodes: string[];
  /** Folders inside the test's temp folder only: the suite may run as root, so never a path outside it. */
  folders: string[];
  backupNames: string[];
}

type Mode = 'plausible' | 'hostile';

/** One method's input: mostly plausible, often hostile, sometimes not even an object. */
export function inputFor(schema: z.ZodType, pools: Pools): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: build(schema, '', pools, 'plausible') }, { weight: 5, arbitrary: build(schema, '', pools, 'hostile') }, { weight: 1, arbitrary: wrongType });
}

function build(schema: z.ZodType, key: string, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const right = shaped(schema, key, pools, mode);
  if (mode === 'plausible') return right;
  return fc.oneof({ weight: 6, arbitrary: right }, { weight: 1, arbitrary: wrongType });
}

function shaped(schema: z.ZodType, key: string, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  if (schema instanceof z.ZodObject) return objectOf(schema, pools, mode);
  if (schema instanceof z.ZodPipe) return build(schema.in as z.ZodType, key, pools, mode);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 3, arbitrary: build(schema.unwrap() as z.ZodType, key, pools, mode) });
  }
  if (schema instanceof z.ZodNullable) {
    return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: build(schema.unwrap() as z.ZodType, key, pools, mode) });
  }
  if (schema instanceof z.ZodUnion) return fc.oneof(...schema.options.map((o) => build(o as z.ZodType, key, pools, mode)));
  if (schema instanceof z.ZodArray) {
    const element = build(schema.element as z.ZodType, key, pools, mode);
    if (mode === 'plausible') return fc.array(element, { maxLength: 4 });
    return fc.oneof({ weight: 4, arbitrary: fc.array(element, { maxLength: 6 }) }, { weight: 1, arbitrary: fc.array(element, { minLength: 51, maxLength: 60 }) });
  }
  if (schema instanceof z.ZodLiteral) return withHostile(fc.constantFrom(...schema.values), mode);
  if (schema instanceof z.ZodEnum) return withHostile(fc.constantFrom(...schema.options), mode);
  if (schema instanceof z.ZodBoolean) return fc.boolean();
  if (schema instanceof z.ZodNumber) return numberFor(schema, key, pools, mode);
  if (schema instanceof z.ZodString) return stringFor(schema, key, pools, mode);
  return wrongType;
}

function withHostile<T>(right: fc.Arbitrary<T>, mode: Mode): fc.Arbitrary<unknown> {
  return mode === 'plausible' ? right : fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: hostileString });
}

function objectOf(schema: z.ZodObject, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(schema.shape).map(([k, v]) => [k, build(v as z.ZodType, k, pools, mode)]));
  const whole = fc.record(fields);
  if (mode === 'plausible') return whole;
  const keys = Object.keys(fields);
  const withoutOne = keys.length ? fc.tuple(whole, fc.constantFrom(...keys)).map(([o, k]) => Object.fromEntries(Object.entries(o).filter(([key]) => key !== k))) : whole;
  // Fields a forged call might add to climb: zod must drop them.
  const withExtra = whole.map((o) => ({ ...o, role: 'admin', staffId: 1, actor: { role: 'admin' }, __extra: "'; --" }));
  return fc.oneof({ weight: 6, arbitrary: whole }, { weight: 1, arbitrary: withoutOne }, { weight: 1, arbitrary: withExtra });
}

const ID_KEY = /(^id$|Id$|^duty[AB]$)/;

function numberFor(schema: z.ZodNumber, key: string, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  const min = Math.max(schema.minValue ?? -10, -10);
  const max = Math.min(schema.maxValue ?? 500, 500);
  const right = ID_KEY.test(key) ? fc.constantFrom(...pools.ids) : fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  if (mode === 'plausible') return right;
  return fc.oneof({ weight: 3, arbitrary: right }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS, min - 1, max + 1) });
}

function stringFor(schema: z.ZodString, key: string, pools: Pools, mode: Mode): fc.Arbitrary<unknown> {
  if (key === 'dataBase64') return hostileFile;
  const right = plausibleString(schema, key, pools);
  if (mode === 'plausible') return right;
  // Paths stay in the temp folder even when hostile (see Pools.folders).
  if (/folder/i.test(key)) return fc.oneof(right, fc.constantFrom('', '   ', 'a\u0000b', 'x\ny', 'relative/path', 'x'.repeat(600)));
  return fc.oneof({ weight: 2, arbitrary: right }, { weight: 2, arbitrary: hostileString });
}

const SAMPLES: [RegExp, string[]][] = [
  [/[dD]ate$|On$|^term|^from$|^to$|weekStart|dueOn/, ['2026-11-23', '2026-11-28', '2026-09-01', '2027-01-15', '2016-05-12', '2024-02-29', '1900-01-01', '9999-12-31']],
  [/At$/, ['2026-11-23T10:00:00+08:00', '2026-11-20T08:00:00+08:00', '2026-11-27T18:00:00+08:00', '2026-11-23T08:00:00Z', '9999-12-31T23:59:59+14:00', '0001-01-01T00:00:00Z']],
  [/[tT]ime$/, ['09:00', '11:00', '15:00', '16:00', '18:30', '00:00', '23:59']],
  [/[pP]hone/, ['13812345678', '0851-1234567', '+86 139 1234 5678', '12345']],
  [/^pin$/, ['1234', '2468', '0000', '12345678']],
  [/isbn/, ['9780306406157', '0306406152', '978-7-02-000220-7', '9780306406158']],
  [/semester/, ['2026-autumn', '2027-spring', '1999-spring']],
  [/^week$/, ['2026-W48', '2026-W53', '2025-W53', '2026-W01']],
  [/fileName/, ['children.xlsx', 'roster.csv', 'books.xlsx', '../../evil.xlsx']],
  [/query/, ['', '小', 'zxm', 'xiaoming', '张', '%', "'"]],
  [/grade$/, ['优', '良', '中', '待提高', 'A+']],
];

function plausibleString(schema: z.ZodString, key: string, pools: Pools): fc.Arbitrary<string> {
  if (/folder/i.test(key)) return fc.constantFrom(...pools.folders);
  if (key === 'barcode') return fc.constantFrom(...pools.barcodes, 'NOPE-404');
  if (key === 'name' && pools.backupNames.length && patternOf(schema)?.source.includes('sqlite')) {
    return fc.oneof(fc.constantFrom(...pools.backupNames), fc.stringMatching(patternOf(schema) as RegExp));
  }
  const samples = SAMPLES.find(([re]) => re.test(key))?.[1];
  const pattern = patternOf(schema);
  const options: fc.Arbitrary<string>[] = [];
  if (samples) options.push(fc.constantFrom(...samples));
  if (pattern) options.push(fc.stringMatching(pattern));
  if (!options.length) options.push(fc.constantFrom('张小明', '李华', '周末手工', '读书笔记：很好看', '转学', '测试'), fc.string({ maxLength: 12 }));
  return fc.oneof(...options);
}

/** The regex a string schema must match, if it has one (zod keeps it among the schema's checks). */
function patternOf(schema: z.ZodString): RegExp | null {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def as { check: string; format?: string; pattern?: RegExp };
    if (def.check === 'string_format' && def.format === 'regex' && def.pattern) return def.pattern;
  }
  return null;
}
