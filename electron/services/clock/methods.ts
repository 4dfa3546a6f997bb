// The clock capability: the PC's clock against the newest moment the app has seen, for the staff
// shell's banner, and a teacher's confirmation of today's date.
import type { clockContract } from '../../../shared/methods/clock';
import type { Methods } from '../deps';
import { createClockService } from './service';

export const clockMethods: Methods<typeof clockContract> = {
  'clock.status': (ctx) => createClockService(ctx).status(),
  'clock.confirm': (ctx, input) => createClockService(ctx).confirm(input),
};
