// What every service receives, and the shape of a capability's method map. Built per command by
// dispatch, around that command's transaction.
import type { Kysely } from 'kysely';
import type { MethodName, Output, ParsedInput } from '../../shared/contract';
import type { MethodSpec } from '../../shared/registry';
import type { SessionInfo, Settings } from '../../shared/domain';
import { toLocalDate, toStamp } from '../../shared/time';
import type { Database } from '../db/schema';
import type { Host } from '../host';

export interface Clock {
  now(): Date;
  /** The PC's clock as it reads, not held back: only for telling whether the clock is wrong. */
  raw(): Date;
  /** Now as an ISO-8601 string with the room's offset. */
  stamp(): string;
  /** Today in the room's time zone, YYYY-MM-DD. */
  today(): string;
  /** Any instant as an ISO-8601 string with the room's offset. */
  stampOf(at: Date): string;
}

/**
 * `floor`: the newest moment the app has seen (services/clock/mark.ts). A clock set back answers that
 * moment instead, so no stamp is ever older than one already written (a check-out before its check-in).
 */
export function createClock(rawNow: () => Date, timezone: string, floor?: () => number): Clock {
  const now = floor
    ? () => {
        const at = rawNow();
        const least = floor();
        return at.getTime() < least ? new Date(least) : at;
      }
    : rawNow;
  return {
    now,
    raw: rawNow,
    stamp: () => toStamp(now(), timezone),
    today: () => toLocalDate(now(), timezone),
    stampOf: (at) => toStamp(at, timezone),
  };
}

export interface Audit {
  record(action: string, table: string, rowId: number | null, details?: Record<string, unknown>): Promise<void>;
}

export interface ServiceDeps {
  db: Kysely<Database>;
  clock: Clock;
  audit: Audit;
  actor: SessionInfo;
  /** The settings as the command began, when dispatch has them (it keeps them cached): saves reading them again. */
  settings?: Settings;
}

/** What a contract method's implementation receives besides its parsed input. */
export interface MethodContext extends ServiceDeps {
  host: Host;
  /** Changes who the calling window is signed in as, once the command has committed. */
  signIn(session: SessionInfo): void;
  signOut(): void;
}

export type Method<M extends MethodName> = (ctx: MethodContext, input: ParsedInput<M>) => Promise<Output<M>>;

/**
 * A capability's method map: exactly the methods of its part of the contract, e.g.
 * `Methods<typeof libraryContract>`. A method left out, misspelt or typed wrongly does not compile.
 */
export type Methods<C extends Record<string, MethodSpec>> = { [M in keyof C & MethodName]: Method<M> };
