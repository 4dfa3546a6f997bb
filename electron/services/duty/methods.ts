// The duty capability: the roster (the admin plans it, teachers read it) and the duty teacher's
// sign-in, sign-out and planned-vs-actual report.
import type { dutyContract } from '../../../shared/methods/duty';
import type { Methods } from '../deps';
import { createDutyService } from './duty';
import { createRosterService } from './roster';

export const dutyMethods: Methods<typeof dutyContract> = {
  'roster.openings': (ctx) => createRosterService(ctx).openings(),
  'roster.saveOpening': (ctx, input) => createRosterService(ctx).saveOpening(input),
  'roster.archiveOpening': (ctx, { id }) => createRosterService(ctx).archiveOpening(id),
  'roster.generate': (ctx, input) => createRosterService(ctx).generate(input),
  'roster.week': (ctx, input) => createRosterService(ctx).week(input),
  'roster.change': (ctx, input) => createRosterService(ctx).change(input),
  'roster.swap': (ctx, input) => createRosterService(ctx).swap(input),

  'duty.status': (ctx) => createDutyService(ctx).status(),
  'duty.signIn': (ctx, input) => createDutyService(ctx).signIn(input, ctx),
  'duty.signOut': (ctx, input) => createDutyService(ctx).signOut(input),
  'duty.report': (ctx, input) => createDutyService(ctx).report(input),
};
