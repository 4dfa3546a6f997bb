// Restore: check the backup, keep the current database aside as pre-restore-<stamp>.sqlite, copy the
// backup's pages into the live file with SQLite's backup API, then bring it up to the current schema.
// The copy is one write transaction on the live file (WAL), so a power cut leaves the old data or the
// new, never a mix; the app's own connection sees the restored data as soon as it commits.
import path from 'node:path';
import SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { RestoreResult } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { migrateTo } from '../../db/open';
import type { Database } from '../../db/schema';
import type { Host } from '../../host';
import { createAudit } from '../audit';
import type { Clock } from '../deps';
import { checkBackupFile } from './check';
import { stampedName } from './files';
import { writeBackup } from './write';

export interface RestoreDeps {
  db: Kysely<Database>;
  host: Host;
  clock: Clock;
  actor: { role: string; staffId: number | null };
}

/** `folder` takes the pre-restore copy and must be ready for writing. */
export async function restoreFromFile(deps: RestoreDeps, file: string, folder: string): Promise<RestoreResult> {
  if (path.resolve(file) === path.resolve(deps.host.databaseFile)) {
    throw new AppError('backup_invalid', { reason: 'not_ours', path: file });
  }
  const schemaVersion = checkBackupFile(file);
  const now = deps.clock.now();
  const keptAside = await writeBackup(deps.host.sqlite, folder, stampedName(folder, 'pre-restore', now), now);
  await copyInto(file, deps.host.databaseFile);
  await migrateTo(deps.db, schemaVersion);

  const restoredFrom = path.basename(file);
  // The restored file may not know the person who restored it; the audit row must not point at a missing staff row.
  const known = deps.actor.staffId === null ? undefined : await deps.db.selectFrom('staff').select('id').where('id', '=', deps.actor.staffId).executeTakeFirst();
  const actor = { role: deps.actor.role, staffId: known ? deps.actor.staffId : null };
  await createAudit(deps.db, deps.clock, actor).record('backups.restore', 'database', null, {
    restoredFrom,
    keptAside: path.basename(keptAside),
    schemaVersion,
    staffId: deps.actor.staffId,
  });
  return { restoredFrom, keptAside: path.basename(keptAside), schemaVersion };
}

const ALL_PAGES = 0x7fffffff;

async function copyInto(from: string, liveFile: string): Promise<void> {
  const source = new SQLite(from, { readonly: true, fileMustExist: true });
  try {
    // All pages in one step: the live file stays locked for as short a time as the copy takes, with no
    // turn of the event loop in between where a command would wait on that lock.
    await source.backup(liveFile, { progress: () => ALL_PAGES });
  } catch {
    throw new AppError('file_write_failed', { path: liveFile });
  } finally {
    source.close();
  }
}
