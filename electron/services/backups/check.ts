// Whether a file is a backup this app can restore: it opens, passes integrity_check, is at a schema
// version this app knows, and holds the app's own tables. Opened read-only: checking never changes it.
import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { LATEST_VERSION } from '../../db/migrations';

/** Tables every version of the app has had since the first migration. */
const APP_TABLES = ['setting', 'staff', 'audit_log'];

export type BackupProblem = 'integrity' | 'newer' | 'not_ours' | 'unreadable';

/** Returns the file's schema version, or throws AppError('backup_invalid', { reason, path }). */
export function checkBackupFile(file: string): number {
  const fail = (reason: BackupProblem): never => {
    throw new AppError('backup_invalid', { reason, path: file });
  };
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) fail('unreadable');
  let sqlite: SQLite.Database;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch {
    return fail('unreadable');
  }
  try {
    const problem = problemOf(sqlite);
    if (problem) fail(problem);
    return sqlite.pragma('user_version', { simple: true }) as number;
  } finally {
    sqlite.close();
  }
}

function problemOf(sqlite: SQLite.Database): BackupProblem | null {
  let integrity: string;
  try {
    integrity = sqlite.pragma('integrity_check(1)', { simple: true }) as string;
  } catch (error) {
    // Garbage bytes: "file is not a database"; a torn or truncated file: "database disk image is malformed".
    return sqliteCodeOf(error) === 'SQLITE_NOTADB' ? 'unreadable' : 'integrity';
  }
  if (integrity !== 'ok') return 'integrity';
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_VERSION) return 'newer';
  if (version < 1) return 'not_ours';
  const tables = sqlite
    .prepare(`select name from sqlite_master where type = 'table' and name in (${APP_TABLES.map(() => '?').join(', ')})`)
    .pluck()
    .all(...APP_TABLES);
  return tables.length === APP_TABLES.length ? null : 'not_ours';
}

export function sqliteCodeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
