// The helpers capability: volunteers and caring mothers, their visits, and aid given to children.
import type { helpersContract } from '../../../shared/methods/helpers';
import type { Methods } from '../deps';
import { createAidService } from './aid';
import { createCountsService } from './counts';
import { createHelpersService } from './helpers';
import { createVisitsService } from './visits';

export const helpersMethods: Methods<typeof helpersContract> = {
  'helpers.list': (ctx, input) => createHelpersService(ctx).list(input),
  'helpers.create': (ctx, input) => createHelpersService(ctx).create(input),
  'helpers.update': (ctx, input) => createHelpersService(ctx).update(input),
  'helpers.archive': (ctx, input) => createHelpersService(ctx).archive(input),
  'helpers.linkChild': (ctx, input) => createHelpersService(ctx).linkChild(input),
  'helpers.unlinkChild': (ctx, input) => createHelpersService(ctx).unlinkChild(input),
  'helpers.recordVisit': (ctx, input) => createVisitsService(ctx).record(input),
  'helpers.visits': (ctx, input) => createVisitsService(ctx).list(input),
  'helpers.counts': (ctx, { semester }) => createCountsService(ctx).counts(semester),
  'helpers.semesters': (ctx) => createCountsService(ctx).semesters(),
  'aid.list': (ctx, input) => createAidService(ctx).list(input),
  'aid.create': (ctx, input) => createAidService(ctx).create(input),
  'aid.void': (ctx, input) => createAidService(ctx).void(input),
};
