// The setup capability: the first run, and the demo room.
import type { setupContract } from '../../../shared/methods/setup';
import type { Methods } from '../deps';
import { createSetupService } from './setup';

export const setupMethods: Methods<typeof setupContract> = {
  'setup.status': (ctx) => createSetupService(ctx).status(),
  'setup.complete': (ctx, input) => createSetupService(ctx).completeAndSignIn(ctx, input),
  'setup.seedDemo': (ctx) => createSetupService(ctx).demo(),
};
