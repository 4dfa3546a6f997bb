// Bad input (issue 8, item 2): every contract method, including ones added later, gets random and
// hostile inputs through dispatch with a session of the role it needs. Each call must answer a result
// or a typed error other than `internal` (an unhandled crash), never throw, and leave the database
// exactly as it was when it is rejected. FUZZ_SEED reproduces a run; FUZZ_RUNS sets cases per method.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../electron/session';
import { contract, methodNames, type MethodName } from '../../../shared/contract';
import type { Role } from '../../../shared/domain';
import { ERROR_CODES, type Result } from '../../../shared/errors';
import { inputFor } from './arbitraries';
import { fresh, seededRoom, type SeededRoom } from './room';
import { changedTables, snapshot, type Snapshot } from './snapshot';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2_147_483_647);

interface Failure {
  method: string;
  input: string;
  problem: string;
}

interface Fuzzer {
  cases: number;
  answers: Map<string, number>;
  /** What dispatch logged for the current call (the stack of an `internal`). */
  logged: string[];
  before: Snapshot;
}

/** One call: the property every input must satisfy. Throws to fail the case. */
async function probe(room: SeededRoom, fuzz: Fuzzer, method: MethodName, session: Session, input: unknown): Promise<void> {
  fuzz.cases += 1;
  fuzz.logged.length = 0;
  let result: Result<unknown>;
  try {
    result = await room.t.app.dispatch(method, input, fresh(room.t, session));
  } catch (error) {
    throw new Error(`dispatch threw: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  const before = fuzz.before;
  const after = snapshot(room.t.app.sqlite);
  fuzz.before = after;
  const answer = result.ok ? 'ok' : result.error.code;
  fuzz.answers.set(answer, (fuzz.answers.get(answer) ?? 0) + 1);
  if (result.ok) return;
  if (!(ERROR_CODES as readonly string[]).includes(result.error.code)) throw new Error(`untyped error code ${result.error.code}`);
  if (result.error.code === 'internal') throw new Error(`internal (an unhandled crash): ${fuzz.logged.join('\n') || 'nothing logged'}`);
  if (after.hash !== before.hash) {
    throw new Error(`rejected with ${result.error.code} but changed the database (rows: ${changedTables(before, after).join(', ') || 'same counts, other values'})`);
  }
}

/** A short, readable form of an input: long strings cut, every type shown. */
function preview(value: unknown): string {
  const shorten = (v: unknown): unknown => {
    if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 30)}…(${v.length} chars)` : v;
    if (Array.isArray(v)) return v.length > 8 ? [...v.slice(0, 8).map(shorten), `…(${v.length} items)`] : v.map(shorten);
    if (v && typeof v === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(v))) {
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shorten(x)]));
    }
    return v;
  };
  return fc.stringify(shorten(value)).slice(0, 600);
}

function sessionsOf(room: SeededRoom): Record<Role, Session> {
  return { kiosk: room.t.kiosk, teacher: room.teacher, admin: room.t.admin };
}

describe('every contract method under random and hostile input', () => {
  it('answers a result or a typed error, never crashes, and changes nothing when it rejects', async () => {
    const room = await seededRoom();
    const fuzz: Fuzzer = { cases: 0, answers: new Map(), logged: [], before: snapshot(room.t.app.sqlite) };
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      fuzz.logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(' '));
    });
    const sessions = sessionsOf(room);
    const failures: Failure[] = [];
    try {
      for (const [index, method] of methodNames.entries()) {
        const spec = contract[method];
        const details = await fc.check(
          fc.asyncProperty(inputFor(spec.input, room.pools), (input) => probe(room, fuzz, method, sessions[spec.role], input)),
          { numRuns: RUNS, seed: SEED + index, endOnFailure: true },
        );
        if (details.failed) {
          failures.push({ method, input: preview(details.counterexample?.[0]), problem: String(details.errorInstance).split('\n').slice(0, 8).join('\n') });
        }
      }
    } finally {
      spy.mockRestore();
    }

    const answers = [...fuzz.answers].map(([code, n]) => `${code} ${n}`).join(', ');
    process.stdout.write(
      `\n[fuzz] seed ${SEED}: ${methodNames.length} methods × ${RUNS} cases = ${fuzz.cases} calls (${answers}); ${failures.length} methods failed\n` +
        failures.map((f) => `  ${f.method}\n    input: ${f.input}\n    ${f.problem.replaceAll('\n', '\n    ')}\n`).join(''),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(failures.map((f) => `${f.method}: ${f.problem.split('\n')[0]}`)).toEqual([]);
  }, 600_000);
});
