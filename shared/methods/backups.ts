// Backups of the room's database file, kept in the backup folder, and restoring one.
import { z } from 'zod';
import type { BackupFile, BackupList, RestoreResult } from '../domain';
import { OUTSIDE_TRANSACTION, returns } from '../registry';

/** A backup is named by its file name in the backup folder, never by a path from the window. */
const backupName = z
  .string({ error: 'required' })
  .regex(/^[\w.-]+\.sqlite$/, { error: 'invalid' })
  .max(200, { error: 'too_long' });

export const backupsContract = {
  'backups.list': returns<BackupList>()('admin', z.object({})),
  'backups.now': returns<BackupFile>()('admin', z.object({}), OUTSIDE_TRANSACTION),
  /** Checks the backup (integrity, schema version), keeps the current file aside, then restores. */
  'backups.restore': returns<RestoreResult>()('admin', z.object({ name: backupName }), OUTSIDE_TRANSACTION),
};
