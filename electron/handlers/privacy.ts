// The access log, erasure (PIPL art. 47) and a child's data export.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { HandlerContext, HandlersFor } from '../handlers';
import { createAudit } from '../services/audit';
import type { ServiceDeps } from '../services/deps';
import { createAccessLogService } from '../services/privacy/accessLog';
import { compactAfterErasure } from '../services/privacy/compaction';
import { createErasureService } from '../services/privacy/erasure';
import { createChildExportService } from '../services/privacy/exportChild';

/** privacy.erase runs outside dispatch's transaction (OUTSIDE_TRANSACTION), so it opens its own. */
function inTransaction(ctx: HandlerContext, trx: Kysely<Database>): ServiceDeps {
  return { db: trx, clock: ctx.clock, actor: ctx.actor, audit: createAudit(trx, ctx.clock, ctx.actor) };
}

export const privacyHandlers: HandlersFor<'privacy.'> = {
  'privacy.accessLog': (ctx, input) => createAccessLogService(ctx).list(input),
  'privacy.erasable': (ctx) => createErasureService(ctx).erasable(),
  'privacy.erase': async (ctx, input) => {
    const erased = await ctx.db
      .transaction()
      .execute((trx) => createErasureService(inTransaction(ctx, trx)).erase(input.childId, input.confirmName));
    return { ...erased, fileCompacted: compactAfterErasure(ctx.host.sqlite) };
  },
  'privacy.exportChild': (ctx, input) => createChildExportService(ctx).exportChild(input.childId, input.folder),
};
