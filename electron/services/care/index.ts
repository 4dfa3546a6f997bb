// Care records kept by each child's surrogate parent (代理家长): records, the due list, coverage,
// follow-ups, birthdays and the growth file. Rules in shared/domain/care.ts.
import type { ServiceDeps } from '../deps';
import { birthdays } from './birthdays';
import { coverage } from './coverage';
import { dueList } from './due';
import { dueGroups } from './dueGroups';
import { createFollowUpsService } from './followUps';
import { growthFile } from './growthFile';
import { createRecordsService } from './records';
import { loadRoll } from './roll';

export function createCareService(deps: ServiceDeps) {
  const records = createRecordsService(deps);
  const followUps = createFollowUpsService(deps);
  return {
    records: records.list,
    record: records.get,
    create: records.create,
    voidRecord: records.voidRecord,
    dueGroups: () => dueGroups(deps),
    /** mine: the caller's own children; otherwise a surrogate parent's (null: the children with none). */
    dueList: (group: 'mine' | { staffId: number | null }) => dueList(deps, group === 'mine' ? (deps.actor.staffId ?? -1) : group.staffId),
    coverage: () => coverage(deps),
    charge: async () => ({
      mine: (await loadRoll(deps, { staffId: deps.actor.staffId ?? -1 })).length,
      withoutSurrogate: (await loadRoll(deps, { staffId: null })).length,
    }),
    followUps: followUps.list,
    completeFollowUp: followUps.complete,
    birthdays: () => birthdays(deps),
    growthFile: (childId: number) => growthFile(deps, childId),
  };
}
