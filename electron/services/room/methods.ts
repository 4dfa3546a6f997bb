// The room capability: the teacher's check-in desk and the room's statistics.
import type { roomContract } from '../../../shared/methods/room';
import type { Methods } from '../deps';
import { createCheckinsService } from './checkins';
import { createStatsService } from './stats';

export const roomMethods: Methods<typeof roomContract> = {
  'checkins.room': (ctx) => createCheckinsService(ctx).room(),
  'checkins.checkIn': (ctx, { childId }) => createCheckinsService(ctx).checkIn(childId),
  'checkins.checkOut': (ctx, input) => createCheckinsService(ctx).checkOut(input),
  'checkins.checkOutAll': (ctx, { leaveMode }) => createCheckinsService(ctx).checkOutAll(leaveMode),
  'checkins.history': (ctx, input) => createCheckinsService(ctx).history(input),
  'checkins.correct': (ctx, input) => createCheckinsService(ctx).correct(input),

  'stats.room': (ctx) => createStatsService(ctx).room(),
};
