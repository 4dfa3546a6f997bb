// Each contract method → the service call that serves it. Typed from the contract, so a handler
// with the wrong input or output type does not compile, and a missing one neither.
import type { MethodName, Output, ParsedInput } from '../shared/contract';
import type { SessionInfo } from '../shared/domain';
import { activitiesHandlers } from './handlers/activities';
import { callsHandlers } from './handlers/calls';
import { checkinsHandlers, kioskHandlers, statsHandlers } from './handlers/checkins';
import { collectorsHandlers } from './handlers/collectors';
import { libraryHandlers } from './handlers/library';
import type { Host } from './host';
import { recordAccess } from './services/accessLog';
import { createAudit } from './services/audit';
import { createChildImportService } from './services/childImport';
import { readChildFile } from './services/childImport/file';
import { createChildrenService } from './services/children';
import type { ServiceDeps } from './services/deps';

export interface HandlerContext extends ServiceDeps {
  host: Host;
  /** Changes who the calling window is signed in as. */
  signIn(session: SessionInfo): void;
  signOut(): void;
}

export type Handler<M extends MethodName> = (ctx: HandlerContext, input: ParsedInput<M>) => Promise<Output<M>>;
/** The handlers of the methods whose names start with P, e.g. HandlersFor<'kiosk.'>. */
export type HandlersFor<P extends string> = { [M in Extract<MethodName, `${P}${string}`>]: Handler<M> };
// Transitional: the methods not yet moved into their capability's electron/services/<cap>/methods.ts.
type Handlers = Partial<{ [M in MethodName]: Handler<M> }>;

export const handlers = {
  'children.list': (ctx, input) => createChildrenService(ctx).list(input),
  'children.get': async (ctx, input) => {
    const file = await createChildrenService(ctx).get(input.id);
    await recordAccess(ctx, input.id, 'file');
    return file;
  },
  'children.create': (ctx, input) => createChildrenService(ctx).create(input),
  'children.update': (ctx, { id, ...values }) => createChildrenService(ctx).update(id, values),
  'children.archive': (ctx, input) => createChildrenService(ctx).archive(input.id, input.reason),
  'children.restore': (ctx, input) => createChildrenService(ctx).restore(input.id),
  'children.importPreview': async (ctx, input) => createChildImportService(ctx).preview(await readChildFile(ctx.db, input), input),
  'children.importConfirm': async (ctx, input) => {
    const file = await readChildFile(ctx.db, input);
    return ctx.db.transaction().execute((trx) => {
      const deps = { db: trx, clock: ctx.clock, actor: ctx.actor, audit: createAudit(trx, ctx.clock, ctx.actor) };
      return createChildImportService(deps).confirm(file, input);
    });
  },

  ...kioskHandlers,
  ...checkinsHandlers,
  ...statsHandlers,
  ...callsHandlers,
  ...libraryHandlers,
  ...activitiesHandlers,
  ...collectorsHandlers,
} satisfies Handlers;
