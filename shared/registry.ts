import type { z } from 'zod';
import type { Role } from './domain';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  role: Role;
  input: I;
  /** Phantom: carries the output type; never read at run time. */
  output: O;
}

/** `returns<Child>()('admin', schema)`: the output type is given, the input type inferred. */
export const returns =
  <O>() =>
  <I extends z.ZodType>(role: Role, input: I): MethodSpec<I, O> => ({ role, input, output: undefined as O });

export class MethodRegistry<T extends Record<string, MethodSpec> = Record<never, MethodSpec>> {
  constructor(readonly methods: T = {} as T) {}

  /** Registering a name twice is a programming error: fail loudly at start-up. */
  add<P extends Record<string, MethodSpec>>(part: P): MethodRegistry<T & P> {
    for (const name of Object.keys(part)) {
      if (Object.hasOwn(this.methods, name)) throw new Error(`Contract method registered twice: ${name}`);
    }
    return new MethodRegistry({ ...this.methods, ...part });
  }
}
