// The setup capability: first start (the school, the room, the first admin) or the demo room.
import type { setupContract } from '../../../shared/methods/setup';
import type { Methods } from '../deps';
import { createSetupService } from './setup';

export const setupMethods: Methods<typeof setupContract> = {
  'setup.status': (ctx) => createSetupService(ctx).status(),
  'setup.complete': (ctx, input) => createSetupService(ctx).complete(input),
  'setup.seedDemo': (ctx) => createSetupService(ctx).demo(),
};
