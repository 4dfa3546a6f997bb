// Opens the room's SQLite file: first checks it can be read and written (nothing is written to a file
// that fails), then pragmas for a PC that loses power, then pending migrations, each in its own
// transaction, after a backup copy of the file as it was.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, SqliteDriver, sql, type Driver } from 'kysely';
import { AppError, type ErrorCode } from '../../shared/errors';
import { isDirectory, stampedName } from '../services/backups/files';
import { writeBackup } from '../services/backups/write';
import { LATEST_VERSION, migrations } from './migrations';
import type { Database } from './schema';
import { withStatementCache } from './statementCache';

export interface OpenOptions {
  file: string;
  /** Where the pre-migration copy goes unless Settings.backupFolder names a folder that exists; defaults to `backups/` beside the file. */
  backupDir?: string;
  /** Migrate only this far (tests of older versions); defaults to the latest. */
  targetVersion?: number;
  now?: () => Date;
  /** How long to wait for another program to let go of the file; 5 s unless a test says otherwise. */
  busyTimeoutMs?: number;
  /** Files up to this size are read whole at start (FULL_CHECK_BYTES unless a test says otherwise). */
  fullCheckBytes?: number;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  /** The copy made before migrating, if one was needed. */
  backupFile: string | null;
  close(): Promise<void>;
}

/** What can keep the app from opening its file; main.ts explains each one in plain words. */
export const STARTUP_PROBLEMS = ['corrupt', 'locked', 'read_only', 'disk_full', 'newer', 'wrong_build', 'unknown'] as const;
export type StartupProblem = (typeof STARTUP_PROBLEMS)[number];

const CODE_OF: Record<StartupProblem, ErrorCode> = {
  corrupt: 'internal',
  locked: 'file_write_failed',
  read_only: 'file_write_failed',
  disk_full: 'file_write_failed',
  newer: 'database_newer',
  wrong_build: 'internal',
  unknown: 'internal',
};

/** An AppError (a newer file keeps its code 'database_newer') that says which start-up problem it is. */
export class StartupError extends AppError {
  constructor(
    readonly kind: StartupProblem,
    readonly file: string,
    /** What SQLite or the system said, for the "details" of the dialog. */
    readonly detail: string,
  ) {
    super(CODE_OF[kind], { path: file });
    this.name = 'StartupError';
    this.message = `${kind}: ${file}: ${detail}`;
  }
}

export function schemaVersion(sqlite: SQLite.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/**
 * Two programs starting on one new file at once (the window and the scheduled command line) can meet
 * SQLite's lock while one of them creates the file or switches it to WAL, a step that does not wait for
 * the busy timeout. The other tries again for as long as the busy timeout, then says it is locked.
 */
export async function openDatabase(options: OpenOptions): Promise<OpenDatabase> {
  const giveUpAt = Date.now() + (options.busyTimeoutMs ?? 5000);
  for (;;) {
    try {
      return await openOnce(options);
    } catch (error) {
      if (!(error instanceof StartupError && error.kind === 'locked') || Date.now() >= giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function openOnce(options: OpenOptions): Promise<OpenDatabase> {
  const { file } = options;
  const target = options.targetVersion ?? LATEST_VERSION;
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const current = checkFile(file, busyTimeoutMs, options.fullCheckBytes ?? FULL_CHECK_BYTES);
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { timeout: busyTimeoutMs });
  } catch (error) {
    throw startupErrorOf(error, file);
  }
  try {
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');

    const db = new Kysely<Database>({ dialect: new RollbackSafeDialect(sqlite) });
    let backupFile: string | null = null;
    if (current < target && current > 0) {
      const now = options.now?.() ?? new Date();
      const dir = preMigrationFolder(sqlite, options.backupDir ?? path.join(path.dirname(file), 'backups'));
      fs.mkdirSync(dir, { recursive: true });
      backupFile = await writeBackup(sqlite, dir, stampedName(dir, `pre-migration-v${current}`, now), now);
    }
    await migrateTo(db, current, target);
    return { db, sqlite, backupFile, close: () => db.destroy() };
  } catch (error) {
    sqlite.close();
    throw startupErrorOf(error, file);
  }
}

/**
 * Transactions begin IMMEDIATE: a deferred one that reads and then writes cannot wait for another program's
 * write (SQLite answers SQLITE_BUSY at once to avoid a deadlock), so the busy timeout only applies if the
 * write lock is taken at the start.
 * On SQLITE_FULL or an I/O error SQLite rolls the transaction back by itself; Kysely's own rollback then
 * fails with "no transaction is active", and that error would hide the real one (a full disk).
 */
class RollbackSafeDialect extends SqliteDialect {
  constructor(private readonly sqlite: SQLite.Database) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    const sqlite = this.sqlite;
    // Run on the connection itself (Kysely holds it for the transaction): a kiosk tap begins and commits
    // one, and Kysely's way (a raw query built, compiled and executed each time) cost more than a statement.
    const [beginImmediate, beginDeferred, commit, rollback] = ['begin immediate', 'begin', 'commit', 'rollback'].map((text) => sqlite.prepare(text)) as [
      SQLite.Statement,
      SQLite.Statement,
      SQLite.Statement,
      SQLite.Statement,
    ];
    return new (class extends SqliteDriver {
      override async beginTransaction(): Promise<void> {
        try {
          beginImmediate.run();
        } catch (error) {
          // A read-only file (a full or write-protected disk) refuses the write lock; reads must still work.
          if ((error as { code?: unknown }).code !== 'SQLITE_READONLY') throw error;
          beginDeferred.run();
        }
      }

      override async commitTransaction(): Promise<void> {
        commit.run();
      }

      override async rollbackTransaction(): Promise<void> {
        if (sqlite.inTransaction) rollback.run();
      }
    })({ database: withStatementCache(sqlite) });
  }
}

/**
 * Before anything may write: the folder and file are writable, and a read-only connection checks the file
 * (startupCheck) and reads the schema version. Read-only, because closing the last read-write connection
 * checkpoints the WAL into the file, which must not happen to a damaged or newer one. Returns the version.
 */
function checkFile(file: string, busyTimeoutMs: number, fullCheckBytes: number): number {
  let probe: SQLite.Database | null = null;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // WAL needs to create -wal and -shm beside the file, so the folder must be writable too.
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    if (!fs.existsSync(file)) return 0;
    fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
    probe = new SQLite(file, { readonly: true, fileMustExist: true, timeout: busyTimeoutMs });
    const problem = startupCheck(probe, fs.statSync(file).size > fullCheckBytes);
    if (problem) throw new StartupError('corrupt', file, problem);
    const version = schemaVersion(probe);
    if (version > LATEST_VERSION) throw new StartupError('newer', file, `user_version ${version} > ${LATEST_VERSION}`);
    return version;
  } catch (error) {
    throw startupErrorOf(error, file);
  } finally {
    probe?.close();
  }
}

/** Up to this size every page is read at start (well under a second on a room PC's disk). */
export const FULL_CHECK_BYTES = 512 * 1024 * 1024;
/** What start-up itself reads before the first command: the settings and the staff who sign in. */
const STARTUP_TABLES = ['setting', 'staff', 'export_run'];

/**
 * A room's file is read whole (quick_check). A district-sized one would take seconds, so start-up checks
 * what costs the same whatever the size: the schema (read to prepare anything) and the small tables
 * start-up reads; the backups' integrity_check still reads every page of their copy.
 * Returns SQLite's complaint, or null when the file is fine.
 */
function startupCheck(probe: SQLite.Database, large: boolean): string | null {
  const checks = large ? STARTUP_TABLES.map((table) => `quick_check(${table})`) : ['quick_check(1)'];
  if (large) probe.prepare('select count(*) from sqlite_schema').get();
  for (const check of checks) {
    const answer = probe.pragma(check, { simple: true });
    if (answer !== 'ok') return String(answer);
  }
  return null;
}

/** Maps what SQLite or the file system threw while opening to the start-up problem a person can act on. */
export function startupErrorOf(error: unknown, file: string): StartupError {
  if (error instanceof StartupError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  if (error instanceof AppError) {
    // The pre-migration backup could not be written (writeBackup says why when it knows).
    return new StartupError(error.details?.reason === 'disk_full' ? 'disk_full' : 'unknown', error.details?.path ?? file, detail);
  }
  return new StartupError(problemOfCode((error as { code?: unknown } | null)?.code), file, detail);
}

function problemOfCode(code: unknown): StartupProblem {
  if (typeof code !== 'string') return 'unknown';
  // better-sqlite3's binary built for another runtime (Node instead of Electron, another OS): a packaging fault.
  if (code === 'ERR_DLOPEN_FAILED') return 'wrong_build';
  if (/^SQLITE_(BUSY|LOCKED)/.test(code) || code === 'EBUSY') return 'locked';
  if (/^SQLITE_(NOTADB|CORRUPT)/.test(code)) return 'corrupt';
  if (code.startsWith('SQLITE_READONLY') || ['EACCES', 'EPERM', 'EROFS'].includes(code)) return 'read_only';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk_full';
  return 'unknown';
}

/** Settings.backupFolder when it is set and there (a USB drive may not be), else the default folder. */
function preMigrationFolder(sqlite: SQLite.Database, fallback: string): string {
  try {
    const raw = sqlite.prepare("select value from setting where key = 'backupFolder'").pluck().get();
    const chosen = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : null;
    return typeof chosen === 'string' && chosen && isDirectory(chosen) ? chosen : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Runs the migrations after `from` up to `to`; also used after a restore brings in an older file. Each one
 * reads the version again under the write lock (transactions begin immediate): a second program opening the
 * file at the same moment waits, then finds it migrated and skips what the first one did.
 */
export async function migrateTo(db: Kysely<Database>, from: number, to: number = LATEST_VERSION): Promise<void> {
  for (const migration of migrations.filter((m) => m.version > from && m.version <= to)) {
    if (migration.rebuildsTables) await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
    try {
      await db.transaction().execute(async (trx) => {
        // Read again under the write lock: another process may have run this migration meanwhile.
        const { rows } = await sql<{ user_version: number }>`PRAGMA user_version`.execute(trx);
        if ((rows[0]?.user_version ?? 0) >= migration.version) return;
        await migration.up(trx);
        if (migration.rebuildsTables) await assertForeignKeysHold(trx, migration.name);
        // user_version lives in the file header, which SQLite writes inside this transaction.
        await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
      });
    } finally {
      if (migration.rebuildsTables) await sql.raw('PRAGMA foreign_keys = ON').execute(db);
    }
  }
}

/** With foreign keys off nothing stops a rebuild from orphaning rows; refuse to commit one that did. */
async function assertForeignKeysHold(trx: Kysely<Database>, name: string): Promise<void> {
  const broken = await sql<{ table: string; rowid: number; parent: string }>`PRAGMA foreign_key_check`.execute(trx);
  const [first] = broken.rows;
  if (!first) return;
  throw new Error(`${name}: ${broken.rows.length} rows fail their foreign key (first: ${first.table} row ${first.rowid} -> ${first.parent})`);
}
