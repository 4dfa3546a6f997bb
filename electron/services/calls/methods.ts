// The calls capability: the home phone's queue, the call log, overdue calls and contact checks.
// (What a child does at the kiosk is the kiosk capability's, on these services.)
import type { callsContract } from '../../../shared/methods/calls';
import type { Methods } from '../deps';
import { overdueCalls } from './callOverdue';
import { createCallsService } from './calls';
import { createContactChecksService } from './contactChecks';

export const callsMethods: Methods<typeof callsContract> = {
  'calls.queue': (ctx) => createCallsService(ctx).queue(),
  'calls.book': (ctx, input) => createCallsService(ctx).bookEntry(input),
  'calls.cancelBooking': (ctx, { bookingId }) => createCallsService(ctx).cancelBooking(bookingId),
  'calls.start': (ctx, { bookingId }) => createCallsService(ctx).start(bookingId),
  'calls.finish': (ctx, input) => createCallsService(ctx).finish(input),
  'calls.log': (ctx, input) => createCallsService(ctx).log(input),
  'calls.history': (ctx, input) => createCallsService(ctx).history(input),
  'calls.overdue': (ctx, input) => overdueCalls(ctx, input),
  'calls.uncheckedContacts': (ctx) => createContactChecksService(ctx).unchecked(),
  'calls.markContactChecked': (ctx, { parentId }) => createContactChecksService(ctx).markChecked(parentId),
};
