// When the database file is damaged at start-up: find the newest backup that passes every check, move
// the damaged file (and its -wal/-shm) aside under a new name, and put a copy of the backup in its place.
// Nothing is deleted or overwritten. Plain Node, so main.ts only asks and shows the answer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { checkBackupFile } from './check';
import { byNewestContent, contentOf, type BackupContent } from './content';
import { fileStamp, isDirectory, listBackups } from './files';

export interface StartupRestore {
  /** The backup copied into place (full path). */
  restoredFrom: string;
  /** Where the damaged file and its -wal/-shm went (full paths). */
  keptAside: string[];
}

/**
 * The backup in these folders with the newest content (services/backups/content.ts) that passes the
 * checks, or null. Not the newest name or file time: a copy made under a clock set a year ahead holds
 * older data than its name says. Folders that are missing are skipped.
 */
export function newestGoodBackup(folders: string[]): string | null {
  const candidates = folders
    .filter(isDirectory)
    .flatMap((folder) => listBackups(folder, (at) => at.toISOString()).map((b) => contentOf(path.join(folder, b.name))))
    .filter((c): c is BackupContent => c !== null)
    .sort(byNewestContent);
  for (const { file } of candidates) {
    try {
      checkBackupFile(file);
      return file;
    } catch {
      // A damaged or newer backup: try the next older one.
    }
  }
  return null;
}

/**
 * Where to look: the default folder, and the folder the damaged file's settings name if it can still say.
 * Read from a copy of the main file: opening the damaged file itself would rebuild its -shm.
 */
export function backupFoldersFor(databaseFile: string, defaultDir: string): string[] {
  const folders = [defaultDir];
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-damaged-'));
  try {
    const copy = path.join(scratch, 'copy.sqlite');
    fs.copyFileSync(databaseFile, copy);
    const damaged = new SQLite(copy, { readonly: true, fileMustExist: true });
    try {
      const raw = damaged.prepare("select value from setting where key = 'backupFolder'").pluck().get();
      const chosen = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : null;
      if (typeof chosen === 'string' && chosen && !folders.includes(chosen)) folders.push(chosen);
    } finally {
      damaged.close();
    }
  } catch {
    // Too damaged to read: the default folder is all we know.
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return folders;
}

/** Restores the newest good backup over a damaged file; null (and nothing moved) when there is none. */
export function restoreLatestGood(databaseFile: string, folders: string[], now: Date): StartupRestore | null {
  const backup = newestGoodBackup(folders);
  return backup ? replaceDatabaseFile(databaseFile, backup, now) : null;
}

/** Moves the current file and its sidecars aside, then copies `backup` into place (temp name, then rename). */
export function replaceDatabaseFile(databaseFile: string, backup: string, now: Date): StartupRestore {
  const keptAside = moveAside(databaseFile, now);
  const temp = `${databaseFile}.restoring`;
  fs.copyFileSync(backup, temp);
  fs.renameSync(temp, databaseFile);
  return { restoredFrom: backup, keptAside };
}

/** children-home.sqlite → children-home.damaged-<stamp>.sqlite (+ -wal, -shm), with -2… if taken. */
function moveAside(databaseFile: string, now: Date): string[] {
  const { dir, name, ext } = path.parse(databaseFile);
  let base = path.join(dir, `${name}.damaged-${fileStamp(now)}`);
  for (let n = 2; fs.existsSync(`${base}${ext}`); n += 1) base = path.join(dir, `${name}.damaged-${fileStamp(now)}-${n}`);
  const moved: string[] = [];
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const from = `${databaseFile}${suffix}`;
    if (!fs.existsSync(from)) continue;
    const to = `${base}${ext}${suffix}`;
    fs.renameSync(from, to);
    moved.push(to);
  }
  return moved;
}
