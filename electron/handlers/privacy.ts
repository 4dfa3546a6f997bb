// The access log, erasure (PIPL art. 47) and a child's data export.
import type { HandlersFor } from '../handlers';

export const privacyHandlers: HandlersFor<'privacy.'> = {};
