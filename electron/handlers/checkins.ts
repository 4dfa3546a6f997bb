// The kiosk's own methods (bookings live with the calls handlers), the teacher's check-in desk and stats.
import type { HandlersFor } from '../handlers';
import { createCheckinsService } from '../services/checkins';
import { createKioskService } from '../services/kiosk';
import { createStatsService } from '../services/stats';

export const kioskHandlers: Omit<HandlersFor<'kiosk.'>, 'kiosk.bookCall' | 'kiosk.cancelBooking' | 'kiosk.loans' | 'kiosk.reviewableBooks' | 'kiosk.writeReview' | 'kiosk.activities' | 'kiosk.signUp' | 'kiosk.cancelSignUp'> = {
  'kiosk.search': (ctx, input) => createKioskService(ctx).search(input.query),
  'kiosk.classes': (ctx) => createKioskService(ctx).classes(),
  'kiosk.classChildren': (ctx, input) => createKioskService(ctx).classChildren(input.grade, input.classNo),
  'kiosk.status': (ctx, input) => createKioskService(ctx).status(input.childId),
  'kiosk.checkIn': (ctx, input) => createKioskService(ctx).checkIn(input.childId),
  'kiosk.checkOut': (ctx, input) => createKioskService(ctx).checkOut(input.childId, input),
};

export const checkinsHandlers: HandlersFor<'checkins.'> = {
  'checkins.room': (ctx) => createCheckinsService(ctx).room(),
  'checkins.checkIn': (ctx, input) => createCheckinsService(ctx).checkIn(input.childId),
  'checkins.checkOut': (ctx, input) => createCheckinsService(ctx).checkOut(input),
  'checkins.checkOutAll': (ctx, input) => createCheckinsService(ctx).checkOutAll(input.leaveMode),
  'checkins.history': (ctx, input) => createCheckinsService(ctx).history(input),
  'checkins.correct': (ctx, input) => createCheckinsService(ctx).correct(input),
};

export const statsHandlers: HandlersFor<'stats.'> = {
  'stats.room': (ctx) => createStatsService(ctx).room(),
};
