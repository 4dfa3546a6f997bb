// The backups capability: the list, "back up now" and restore. They run outside dispatch's transaction
// (their contract entries say so): SQLite's backup API copies the live file and cannot write into it
// while a transaction holds it.
import type { backupsContract } from '../../../shared/methods/backups';
import type { Methods } from '../deps';
import { createBackupsService } from './service';

export const backupsMethods: Methods<typeof backupsContract> = {
  'backups.list': (ctx) => createBackupsService(ctx).list(),
  'backups.now': (ctx) => createBackupsService(ctx).now(),
  'backups.restore': (ctx, input) => createBackupsService(ctx).restore(input),
};
