// The home phone: the teacher's queue and call log, and the two things a child does at the kiosk.
import type { HandlersFor } from '../handlers';
import { overdueCalls } from '../services/callOverdue';
import { createCallsService } from '../services/calls';
import { createContactChecksService } from '../services/contactChecks';
import { createKioskService } from '../services/kiosk';

export const callsHandlers: HandlersFor<'calls.'> & Pick<HandlersFor<'kiosk.'>, 'kiosk.bookCall' | 'kiosk.cancelBooking'> = {
  'calls.queue': (ctx) => createCallsService(ctx).queue(),
  'calls.book': (ctx, input) => createCallsService(ctx).bookEntry(input.childId, input.parentId),
  'calls.cancelBooking': (ctx, input) => createCallsService(ctx).cancelBooking(input.bookingId),
  'calls.start': (ctx, input) => createCallsService(ctx).start(input.bookingId),
  'calls.finish': (ctx, input) => createCallsService(ctx).finish(input.callId, input.outcome, input.note),
  'calls.log': (ctx, input) => createCallsService(ctx).log(input),
  'calls.history': (ctx, input) => createCallsService(ctx).history(input.childId, input.limit),
  'calls.overdue': (ctx, input) => overdueCalls(ctx, input),
  'calls.uncheckedContacts': (ctx) => createContactChecksService(ctx).unchecked(),
  'calls.markContactChecked': (ctx, input) => createContactChecksService(ctx).markChecked(input.parentId),

  // The kiosk answers with the child's own status (kiosk.status): relations and position, no numbers.
  'kiosk.bookCall': async (ctx, input) => {
    await createCallsService(ctx).book(input.childId, input.parentId);
    return createKioskService(ctx).status(input.childId);
  },
  'kiosk.cancelBooking': async (ctx, input) => {
    await createCallsService(ctx).cancelForChild(input.childId);
    return createKioskService(ctx).status(input.childId);
  },
};
