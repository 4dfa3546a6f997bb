// How new a backup is by what it holds, not by its name or file time (both come from the PC's clock,
// which may have been wrong): the newest audit row inside. Every change the app makes writes one.
import fs from 'node:fs';
import SQLite from 'better-sqlite3';

export interface BackupContent {
  file: string;
  /** The newest audit id inside; 0 for a backup with none. */
  newestAuditId: number;
  mtimeMs: number;
}

/** Null when the file cannot be read as a database with an audit log (it is then never ranked). */
export function contentOf(file: string): BackupContent | null {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return null;
  let sqlite: SQLite.Database | null = null;
  try {
    sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    const id = sqlite.prepare('select max(id) from audit_log').pluck().get();
    return { file, newestAuditId: typeof id === 'number' ? id : 0, mtimeMs: stat.mtimeMs };
  } catch {
    return null;
  } finally {
    sqlite?.close();
  }
}

/** Newest content first; the same content: the newer file time first. */
export function byNewestContent(a: BackupContent, b: BackupContent): number {
  return b.newestAuditId - a.newestAuditId || b.mtimeMs - a.mtimeMs;
}
