// The one door into the main process: validate (zod) → check role → run the method in one
// transaction → map errors to codes. Every transport (Electron IPC, the test bridge, the CLI) calls this.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { contract, type MethodName } from '../shared/contract';
import { roleAtLeast, type SessionInfo } from '../shared/domain';
import { AppError, fieldCodeOf, isBusyError, type ApiError, type FieldIssue, type Result } from '../shared/errors';
import type { Database } from './db/schema';
import type { Host } from './host';
import { onConnection } from './db/compiled';
import { createAudit } from './services/audit';
import { clockMarkOf } from './services/clock/mark';
import { idleExpired } from './services/clock/idle';
import { createClock, type MethodContext } from './services/deps';
import { methods } from './services';
import { cachedSettings } from './services/settingsCache';
import { kioskSession, sessionInfo, type Session } from './session';

export interface DispatchCore {
  db: Kysely<Database>;
  now: () => Date;
  host: Host;
}

export type Dispatch = (method: string, input: unknown, session: Session) => Promise<Result<unknown>>;

export function createDispatch(core: DispatchCore): Dispatch {
  return async (method, rawInput, session) => {
    if (!Object.hasOwn(contract, method)) return failure({ code: 'unknown_method' });
    const name = method as MethodName;
    const spec = contract[name];
    try {
      const settings = await cachedSettings(core.host.sqlite, core.db);
      const nowMs = core.now().getTime();
      if (session.role !== 'kiosk' && idleExpired(nowMs, session.lastActiveAt, settings.idleLockMinutes)) {
        Object.assign(session, kioskSession(nowMs));
      }
      session.lastActiveAt = nowMs;
      const mark = await clockMarkOf(core.host, core.db, settings.clockHolidayDays);
      if (!roleAtLeast(session.role, spec.role)) return failure({ code: 'forbidden' });

      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) return failure({ code: 'invalid_input', details: { issues: fieldIssues(parsed.error) } });

      let signedIn: SessionInfo | null = null;
      const run = methods[name] as (ctx: MethodContext, input: unknown) => Promise<unknown>;
      const runWith = (db: Kysely<Database>) => {
        const clock = createClock(core.now, settings.timezone, () => mark.ms);
        const actor = sessionInfo(session);
        return run(
          {
            db,
            clock,
            actor,
            audit: createAudit(db, clock, actor),
            host: core.host,
            settings,
            signIn: (s) => (signedIn = s),
            signOut: () => (signedIn = kioskSession()),
          },
          parsed.data,
        );
      };
      const value = spec.transaction === false ? await runWith(core.db) : await core.db.transaction().execute((trx) => runWith(onConnection(trx, core.host.sqlite)));
      // Only a committed command may change who is signed in.
      if (signedIn) Object.assign(session, signedIn, { lastActiveAt: nowMs });
      return { ok: true, value };
    } catch (error) {
      return failure(toApiError(error, name, core.host.databaseFile));
    }
  };
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    code: fieldCodeOf(issue.message, issue.code),
  }));
}

function toApiError(error: unknown, method: string, databaseFile: string): ApiError {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  const sqliteCode = (error as { code?: unknown }).code;
  // Another program kept the file past the busy timeout: nothing was saved, and trying again will do.
  if (isBusyError(error)) return { code: 'busy' };
  if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
    return { code: 'conflict', details: { entity: sqliteCode.toLowerCase() } };
  }
  // A full or read-only disk, or a file another program took away: nothing was saved, and the person can act.
  if (typeof sqliteCode === 'string' && /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/.test(sqliteCode)) {
    console.error(`[dispatch] ${method} could not write`, error);
    return { code: 'file_write_failed', details: { path: databaseFile } };
  }
  console.error(`[dispatch] ${method} failed`, error);
  return { code: 'internal' };
}
