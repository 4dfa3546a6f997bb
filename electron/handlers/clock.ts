// The PC's clock: its state for the staff shell's banner, and a teacher's confirmation of its date.
import type { HandlersFor } from '../handlers';
import { createClockService } from '../services/clock/service';

export const clockHandlers: HandlersFor<'clock.'> = {
  'clock.status': (ctx) => createClockService(ctx).status(),
  'clock.confirm': (ctx, input) => createClockService(ctx).confirm(input.date),
};
