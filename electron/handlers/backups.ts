// Backups and restore. They run outside dispatch's transaction (OUTSIDE_TRANSACTION in handlers.ts):
// SQLite's backup API copies the live file and cannot write into it while a transaction holds it.
import type { HandlersFor } from '../handlers';
import { createBackupsService } from '../services/backups/service';

export const backupsHandlers: HandlersFor<'backups.'> = {
  'backups.list': (ctx) => createBackupsService(ctx).list(),
  'backups.now': (ctx) => createBackupsService(ctx).now(),
  'backups.restore': async (ctx, input) => {
    const result = await createBackupsService(ctx).restore(input.name);
    // Staff and PINs are now those of the backup: everyone signs in again.
    ctx.signOut();
    return result;
  },
};
