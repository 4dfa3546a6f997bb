// The roster (admin plans it, teachers read it) and the duty teacher's sign-in, sign-out and report.
import type { HandlersFor } from '../handlers';
import { createDutyService } from '../services/duty/duty';
import { createRosterService } from '../services/duty/roster';

export const rosterHandlers: HandlersFor<'roster.'> & HandlersFor<'duty.'> = {
  'roster.openings': (ctx) => createRosterService(ctx).openings(),
  'roster.saveOpening': (ctx, input) => createRosterService(ctx).saveOpening(input),
  'roster.archiveOpening': (ctx, input) => createRosterService(ctx).archiveOpening(input.id),
  'roster.generate': (ctx, input) => createRosterService(ctx).generate(input),
  'roster.week': (ctx, input) => createRosterService(ctx).week(input.weekStart),
  'roster.change': (ctx, input) => createRosterService(ctx).change(input),
  'roster.swap': (ctx, input) => createRosterService(ctx).swap(input.dutyA, input.dutyB),
  'duty.status': (ctx) => createDutyService(ctx).status(),
  'duty.signIn': async (ctx, input) => {
    const result = await createDutyService(ctx).signIn(input.pin);
    // Someone is guessing this teacher's PIN at her unlocked screen: lock the screen too.
    if (result.pinCheck.status === 'locked') ctx.signOut();
    return result;
  },
  'duty.signOut': (ctx, input) => createDutyService(ctx).signOut(input.handoverNote),
  'duty.report': (ctx, input) => createDutyService(ctx).report(input.from, input.to),
};
