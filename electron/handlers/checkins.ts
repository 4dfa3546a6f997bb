// PLACEHOLDER — replaced by the check-in helper.
import { AppError } from '../../shared/errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => {
  throw new AppError('internal');
};

export const kioskHandlers: Omit<HandlersFor<'kiosk.'>, 'kiosk.bookCall' | 'kiosk.cancelBooking'> = {
  'kiosk.search': todo,
  'kiosk.classes': todo,
  'kiosk.classChildren': todo,
  'kiosk.status': todo,
  'kiosk.checkIn': todo,
  'kiosk.checkOut': todo,
};
export const checkinsHandlers: HandlersFor<'checkins.'> = {
  'checkins.room': todo,
  'checkins.checkIn': todo,
  'checkins.checkOut': todo,
  'checkins.checkOutAll': todo,
  'checkins.history': todo,
  'checkins.correct': todo,
};
export const statsHandlers: HandlersFor<'stats.'> = { 'stats.room': todo };
