// The clock capability: the PC's clock for the staff shell's banner, and a teacher's confirmation of its date.
import type { clockContract } from '../../../shared/methods/clock';
import type { Methods } from '../deps';
import { createClockService } from './service';

export const clockMethods: Methods<typeof clockContract> = {
  'clock.status': (ctx) => createClockService(ctx).status(),
  'clock.confirm': (ctx, { date }) => createClockService(ctx).confirm(date),
};
