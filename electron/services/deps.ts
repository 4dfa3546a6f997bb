// What every service receives. Built per command by dispatch, around that command's transaction.
import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/domain';
import { toLocalDate, toStamp } from '../../shared/time';
import type { Database } from '../db/schema';

export interface Clock {
  now(): Date;
  /** Now as an ISO-8601 string with the room's offset. */
  stamp(): string;
  /** Today in the room's time zone, YYYY-MM-DD. */
  today(): string;
  /** Any instant as an ISO-8601 string with the room's offset. */
  stampOf(at: Date): string;
}

export function createClock(now: () => Date, timezone: string): Clock {
  return {
    now,
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
}
