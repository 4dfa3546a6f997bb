// Writes one backup: SQLite's online backup API into a temporary name, made a single self-contained
// file, checked, then renamed. A half-written or unchecked file never carries a backup's name.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { checkBackupFile, sqliteCodeOf } from './check';

/** Temporary files this process is writing now: the start-up sweep of a killed run's leftovers skips them. */
const writing = new Set<string>();

export function isBeingWritten(temp: string): boolean {
  return writing.has(path.resolve(temp));
}

/** Returns the full path written. Throws AppError('file_write_failed', { path, reason? }). */
export async function writeBackup(source: SQLite.Database, folder: string, name: string, at: Date): Promise<string> {
  const file = path.join(folder, name);
  const temp = `${file}.tmp`;
  writing.add(path.resolve(temp));
  try {
    return await writeThroughTemp(source, file, temp, at);
  } finally {
    writing.delete(path.resolve(temp));
  }
}

/** Also used for the weekly copy, which is a byte copy of the daily one. */
export function markWriting(temp: string): () => void {
  writing.add(path.resolve(temp));
  return () => writing.delete(path.resolve(temp));
}

async function writeThroughTemp(source: SQLite.Database, file: string, temp: string, at: Date): Promise<string> {
  removeWithSidecars(temp);
  try {
    await source.backup(temp);
    toSingleFile(temp);
  } catch (error) {
    removeWithSidecars(temp);
    throw new AppError('file_write_failed', { path: file, ...(isDiskFull(error) ? { reason: 'disk_full' } : {}) });
  }
  try {
    checkBackupFile(temp);
  } catch {
    removeWithSidecars(temp);
    throw new AppError('file_write_failed', { path: file, reason: 'verify' });
  }
  try {
    // The file's time is the backup's time: lists and "the newest good backup" read it.
    fs.utimesSync(temp, at, at);
    fs.renameSync(temp, file);
  } catch {
    removeWithSidecars(temp);
    throw new AppError('file_write_failed', { path: file });
  }
  return file;
}

/** A copy of a WAL database is itself in WAL mode; rollback mode keeps it one file that opens read-only anywhere. */
function toSingleFile(file: string): void {
  const copy = new SQLite(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function isDiskFull(error: unknown): boolean {
  const code = sqliteCodeOf(error);
  return code === 'SQLITE_FULL' || code === 'ENOSPC';
}

export function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
}
