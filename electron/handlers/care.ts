// Care records, the due list, follow-ups, birthdays and the growth file. Reading a child's records or
// growth file leaves a line in the access log (PIPL), written only once the read succeeded.
import type { HandlersFor } from '../handlers';
import { recordAccess } from '../services/accessLog';
import { createCareService } from '../services/care';
import { notSeen } from '../services/care/notSeen';
import { readSettings } from '../services/settings/settings';

export const careHandlers: HandlersFor<'care.'> = {
  'care.records': async (ctx, input) => {
    const records = await createCareService(ctx).records(input.childId, input.kinds);
    await recordAccess(ctx, input.childId, 'care');
    return records;
  },
  'care.record': async (ctx, input) => {
    const record = await createCareService(ctx).record(input.id);
    await recordAccess(ctx, record.childId, 'care');
    return record;
  },
  'care.create': (ctx, input) => createCareService(ctx).create(input),
  'care.void': (ctx, input) => createCareService(ctx).voidRecord(input.id, input.reason),
  'care.dueGroups': (ctx) => createCareService(ctx).dueGroups(),
  'care.dueList': (ctx, input) => createCareService(ctx).dueList(input.scope === 'mine' ? 'mine' : { staffId: input.staffId }),
  'care.coverage': (ctx) => createCareService(ctx).coverage(),
  'care.charge': (ctx) => createCareService(ctx).charge(),
  'care.followUps': (ctx, input) => createCareService(ctx).followUps(input.scope, input.includeDone),
  'care.completeFollowUp': (ctx, input) => createCareService(ctx).completeFollowUp(input.id, input.note),
  'care.birthdays': (ctx) => createCareService(ctx).birthdays(),
  'care.notSeen': async (ctx) => notSeen(ctx, (await readSettings(ctx.db)).notSeenWeeks),
  'care.growthFile': async (ctx, input) => {
    const file = await createCareService(ctx).growthFile(input.childId);
    await recordAccess(ctx, input.childId, 'growth_file');
    return file;
  },
};
