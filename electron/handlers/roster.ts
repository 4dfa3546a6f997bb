// PLACEHOLDER — replaced by the roster helper.
import { AppError } from '../../shared/errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => {
  throw new AppError('internal');
};

export const rosterHandlers: HandlersFor<'roster.'> & HandlersFor<'duty.'> = {
  'roster.openings': todo,
  'roster.saveOpening': todo,
  'roster.archiveOpening': todo,
  'roster.generate': todo,
  'roster.week': todo,
  'roster.change': todo,
  'roster.swap': todo,
  'duty.status': todo,
  'duty.signIn': todo,
  'duty.signOut': todo,
  'duty.report': todo,
};
