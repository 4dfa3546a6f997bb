// Care records, the due list, follow-ups, birthdays and the growth file.
import type { HandlersFor } from '../handlers';

const notYet = (): never => {
  throw new Error('not implemented yet');
};

export const careHandlers: HandlersFor<'care.'> = {
  'care.records': async () => notYet(),
  'care.record': async () => notYet(),
  'care.create': async () => notYet(),
  'care.void': async () => notYet(),
  'care.dueList': async () => notYet(),
  'care.coverage': async () => notYet(),
  'care.followUps': async () => notYet(),
  'care.completeFollowUp': async () => notYet(),
  'care.birthdays': async () => notYet(),
  'care.growthFile': async () => notYet(),
};
