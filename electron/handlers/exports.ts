// The weekly export, the register (台账) and backups. Backups run outside dispatch's transaction:
// SQLite's backup API copies the live file and cannot write into it while a transaction holds it.
import type { HandlersFor } from '../handlers';

const notYet = (): never => {
  throw new Error('not implemented yet');
};

export const exportsHandlers: HandlersFor<'exports.'> = {
  'exports.week': async () => notYet(),
  'exports.history': async () => notYet(),
  'exports.status': async () => notYet(),
  'exports.ledger': async () => notYet(),
};

export const backupsHandlers: HandlersFor<'backups.'> = {
  'backups.list': async () => notYet(),
  'backups.now': async () => notYet(),
  'backups.restore': async () => notYet(),
};
