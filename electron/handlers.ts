// Each contract method → the service call that serves it. Typed from the contract, so a handler
// with the wrong input or output type does not compile, and a missing one neither.
import type { MethodName, Output, ParsedInput } from '../shared/contract';
import type { SessionInfo } from '../shared/domain';
import { activitiesHandlers } from './handlers/activities';
import { careHandlers } from './handlers/care';
import { backupsHandlers } from './handlers/backups';
import { exportsHandlers } from './handlers/exports';
import { officeHandlers } from './handlers/office';
import { privacyHandlers } from './handlers/privacy';
import { rosterHandlers } from './handlers/roster';
import type { Host } from './host';
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
  ...activitiesHandlers,
  ...rosterHandlers,
  ...exportsHandlers,
  ...backupsHandlers,
  ...careHandlers,
  ...privacyHandlers,
  ...officeHandlers,
} satisfies Handlers;
