// The weekly export and the register (台账).
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
