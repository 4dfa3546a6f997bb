// Backups and restore. They run outside dispatch's transaction (OUTSIDE_TRANSACTION in handlers.ts):
// SQLite's backup API copies the live file and cannot write into it while a transaction holds it.
import type { HandlersFor } from '../handlers';

const notYet = (): never => {
  throw new Error('not implemented yet');
};

export const backupsHandlers: HandlersFor<'backups.'> = {
  'backups.list': async () => notYet(),
  'backups.now': async () => notYet(),
  'backups.restore': async () => notYet(),
};
