// PLACEHOLDER — replaced by the calls helper.
import { AppError } from '../../shared/errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => {
  throw new AppError('internal');
};

export const callsHandlers: HandlersFor<'calls.'> & Pick<HandlersFor<'kiosk.'>, 'kiosk.bookCall' | 'kiosk.cancelBooking'> = {
  'calls.queue': todo,
  'calls.book': todo,
  'calls.cancelBooking': todo,
  'calls.start': todo,
  'calls.finish': todo,
  'calls.log': todo,
  'calls.history': todo,
  'calls.overdue': todo,
  'kiosk.bookCall': todo,
  'kiosk.cancelBooking': todo,
};
