// The backup folder and the names of the files in it. A file's kind is read from its name only,
// so files a person put there by hand are never listed, rotated or deleted.
import fs from 'node:fs';
import path from 'node:path';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import type { Kysely } from 'kysely';
import type { BackupFile, BackupKind } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';
import type { Host } from '../../host';
import { readSettings } from '../settings/settings';

dayjs.extend(isoWeek);

const STAMP = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z(?:-\\d+)?';
/** A manual backup's local time, 2026-11-23_10-00-00 (older ones carry the UTC stamp). */
const LOCAL_STAMP = '\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}(?:-\\d+)?';
const PATTERNS: [BackupKind, RegExp][] = [
  ['daily', /^daily-(\d{4}-\d{2}-\d{2})\.sqlite$/],
  ['weekly', /^weekly-(\d{4}-W\d{2})\.sqlite$/],
  ['manual', new RegExp(`^manual-(?:${STAMP}|${LOCAL_STAMP})\\.sqlite$`)],
  ['pre-restore', new RegExp(`^pre-restore-${STAMP}\\.sqlite$`)],
  ['pre-migration', new RegExp(`^pre-migration-v\\d+-${STAMP}\\.sqlite$`)],
];

export function kindOf(name: string): BackupKind | null {
  return PATTERNS.find(([, pattern]) => pattern.test(name))?.[0] ?? null;
}

/** An instant as it may appear in a file name on every system: 2026-11-23T02-00-00-000Z (UTC). */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

export const dailyName = (localDate: string): string => `daily-${localDate}.sqlite`;

/** The ISO week of a local date, e.g. 2026-11-23 → weekly-2026-W48.sqlite. */
export function weeklyName(localDate: string): string {
  const day = dayjs(localDate);
  return `weekly-${day.isoWeekYear()}-W${String(day.isoWeek()).padStart(2, '0')}.sqlite`;
}

/** The room's wall-clock time of a stamp (2026-11-23T10:00:00+08:00) as it may appear in a file name: 2026-11-23_10-00-00. */
export function localFileStamp(stamp: string): string {
  return stamp.slice(0, 19).replace('T', '_').replace(/:/g, '-');
}

/** `<prefix>-<stamp>.sqlite`, with -2, -3… added if that name is taken: a backup never replaces another. */
export function stampedName(folder: string, prefix: string, at: Date, stamp = fileStamp(at)): string {
  const base = `${prefix}-${stamp}`;
  let name = `${base}.sqlite`;
  for (let n = 2; fs.existsSync(path.join(folder, name)); n += 1) name = `${base}-${n}.sqlite`;
  return name;
}

export interface BackupFolder {
  folder: string;
  /** Settings.backupFolder names it (e.g. a USB drive): the app never creates it. */
  chosen: boolean;
}

export async function backupFolderOf(db: Kysely<Database>, host: Host): Promise<BackupFolder> {
  const { backupFolder } = await readSettings(db);
  return backupFolder ? { folder: backupFolder, chosen: true } : { folder: host.defaultBackupDir, chosen: false };
}

/** Makes sure the folder can take a file: a chosen one must exist, the default one is created. */
export function prepareFolder({ folder, chosen }: BackupFolder): void {
  if (chosen) {
    if (!isDirectory(folder)) throw new AppError('folder_missing', { path: folder });
    return;
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    throw new AppError('file_write_failed', { path: folder });
  }
}

export function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** The backups in a folder, newest first; a missing folder has none. createdAt is the file's time. */
export function listBackups(folder: string, stampOf: (at: Date) => string): BackupFile[] {
  if (!isDirectory(folder)) return [];
  const files: (BackupFile & { mtime: number })[] = [];
  for (const name of fs.readdirSync(folder)) {
    const kind = kindOf(name);
    if (!kind) continue;
    const stat = fs.statSync(path.join(folder, name), { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    files.push({ name, kind, createdAt: stampOf(stat.mtime), sizeBytes: stat.size, mtime: stat.mtimeMs });
  }
  // Same time: by name without .sqlite, so manual-<stamp>-2 comes before manual-<stamp>.
  const key = (name: string) => name.slice(0, -'.sqlite'.length);
  files.sort((a, b) => b.mtime - a.mtime || (key(a.name) < key(b.name) ? 1 : key(a.name) > key(b.name) ? -1 : 0));
  return files.map(({ mtime: _mtime, ...file }) => file);
}
