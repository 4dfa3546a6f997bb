// What the admin's backup screen calls: the list, "back up now" and restore from a listed file.
// Runs outside dispatch's transaction (OUTSIDE_TRANSACTION): SQLite's backup API needs the file free.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { BackupFile, BackupList, RestoreResult } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';
import type { Host } from '../../host';
import type { Audit, Clock, MethodContext } from '../deps';
import { backupFolderOf, kindOf, listBackups, localFileStamp, prepareFolder, stampedName, type BackupFolder } from './files';
import { restoreFromFile } from './restore';
import { readTaskStatus } from '../taskStatus';
import { writeBackup } from './write';

export interface BackupNowDeps {
  db: Kysely<Database>;
  clock: Clock;
  audit: Audit;
  host: Host;
}

/** A manual backup into the backup folder, or into `target` (the command line's --out). */
export async function backupNow({ db, clock, audit, host }: BackupNowDeps, target?: BackupFolder): Promise<BackupFile> {
  const into = target ?? (await backupFolderOf(db, host));
  prepareFolder(into);
  const at = clock.now();
  // Named in the room's local time, like the daily and weekly ones: the name is what a person reads.
  const file = await writeBackup(host.sqlite, into.folder, stampedName(into.folder, 'manual', at, localFileStamp(clock.stampOf(at))), at);
  const name = path.basename(file);
  await audit.record('backups.now', 'database', null, { file });
  return { name, kind: kindOf(name) ?? 'manual', createdAt: clock.stampOf(at), sizeBytes: fs.statSync(file).size };
}

export function createBackupsService(deps: MethodContext) {
  const { db, clock, host } = deps;

  async function list(): Promise<BackupList> {
    const { folder } = await backupFolderOf(db, host);
    return { folder, files: listBackups(folder, clock.stampOf), ...(await readTaskStatus(db, 'backup')) };
  }

  /** `name` is a file name in the backup folder (the contract allows no path). */
  async function restore({ name }: ParsedInput<'backups.restore'>): Promise<RestoreResult> {
    const target = await backupFolderOf(db, host);
    // The pre-restore copy goes into this folder: a setting that names a file is a missing folder.
    prepareFolder(target);
    const file = path.join(target.folder, name);
    if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new AppError('not_found', { entity: 'backup' });
    const result = await restoreFromFile(deps, file, target.folder);
    // Staff and PINs are now those of the backup: everyone signs in again.
    deps.signOut();
    return result;
  }

  return { list, now: () => backupNow(deps), restore };
}
