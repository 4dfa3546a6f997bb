// The weekly export and the register (台账).
import type { HandlersFor } from '../handlers';
import { exportHistory } from '../services/exports/history';
import { exportLedger } from '../services/exports/ledger';
import { exportStatus } from '../services/exports/status';
import { exportWeek } from '../services/exports/weekExport';

export const exportsHandlers: HandlersFor<'exports.'> = {
  'exports.week': (ctx, input) => exportWeek(ctx, ctx.host, { ...input, trigger: 'manual' }),
  'exports.history': (ctx) => exportHistory(ctx.db),
  'exports.status': (ctx) => exportStatus(ctx),
  'exports.ledger': (ctx, input) => exportLedger(ctx, input),
  'exports.chooseFolder': async (ctx, input) => ({ folder: await ctx.host.chooseFolder(input.startIn || null) }),
};
