// The privacy capability (PIPL): the access log, erasure (art. 47) and a child's data export.
import type { privacyContract } from '../../../shared/methods/privacy';
import type { Methods } from '../deps';
import { createAccessLogService } from './accessLog';
import { createErasureService, eraseChild } from './erasure';
import { createChildExportService } from './exportChild';

export const privacyMethods: Methods<typeof privacyContract> = {
  'privacy.accessLog': (ctx, input) => createAccessLogService(ctx).list(input),
  'privacy.erasable': (ctx) => createErasureService(ctx).erasable(),
  'privacy.erase': (ctx, input) => eraseChild(ctx, input),
  'privacy.exportChild': (ctx, input) => createChildExportService(ctx, ctx.host.databaseFile).exportChild(input),
};
