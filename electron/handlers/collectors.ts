// Who may collect a child: read with her file (the access log notes it), saved by an admin.
import type { HandlersFor } from '../handlers';
import { recordAccess } from '../services/accessLog';
import { createCollectorsService } from '../services/collectors';

export const collectorsHandlers: HandlersFor<'collectors.'> = {
  'collectors.list': async (ctx, input) => {
    const list = await createCollectorsService(ctx).list(input.childId);
    await recordAccess(ctx, input.childId, 'file');
    return list;
  },
  'collectors.save': (ctx, input) => createCollectorsService(ctx).save(input.childId, input.collectors),
};
