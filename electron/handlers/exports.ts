// The weekly export and the register (台账).
import type { HandlersFor } from '../handlers';
import { exportHistory } from '../services/export/history';
import { exportLedger } from '../services/export/ledger';
import { exportStatus } from '../services/export/status';
import { exportWeek } from '../services/export/weekExport';

export const exportsHandlers: HandlersFor<'exports.'> = {
  'exports.week': (ctx, input) => exportWeek(ctx, ctx.host, { ...input, trigger: 'manual' }),
  'exports.history': (ctx) => exportHistory(ctx.db),
  'exports.status': (ctx) => exportStatus(ctx),
  'exports.ledger': (ctx, input) => exportLedger(ctx, input),
  'exports.chooseFolder': async (ctx, input) => ({ folder: await ctx.host.chooseFolder(input.startIn || null) }),
};
