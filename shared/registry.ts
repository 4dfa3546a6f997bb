import type { z } from 'zod';
import type { Role } from './domain';

export interface MethodOptions {
  /**
   * false: dispatch runs the method without its transaction, because it copies, replaces or compacts
   * the database file, reads slow untrusted bytes, or talks to another database (the office's), and
   * must not hold the room's write lock meanwhile. It opens its own transactions where it writes.
   */
  transaction?: false;
}

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> extends MethodOptions {
  role: Role;
  input: I;
  /** Phantom: carries the output type; never read at run time. */
  output: O;
}

/** `returns<Child>()('admin', schema)`: the output type is given, the input type inferred. */
export const returns =
  <O>() =>
  <I extends z.ZodType>(role: Role, input: I, options: MethodOptions = {}): MethodSpec<I, O> => ({
    role,
    input,
    output: undefined as O,
    ...options,
  });

export class MethodRegistry<T extends Record<string, MethodSpec> = Record<never, MethodSpec>> {
  constructor(readonly methods: T = {} as T) {}

  /** Registering a name twice is a programming error: it does not compile, and fails loudly at start-up. */
  add<P extends Record<string, MethodSpec> & { [K in keyof T]?: never }>(part: P): MethodRegistry<T & P> {
    for (const name of Object.keys(part)) {
      if (Object.hasOwn(this.methods, name)) throw new Error(`Contract method registered twice: ${name}`);
    }
    return new MethodRegistry({ ...this.methods, ...part });
  }
}

/** The option of the methods dispatch runs without its transaction (see MethodOptions). */
export const OUTSIDE_TRANSACTION: MethodOptions = { transaction: false };
