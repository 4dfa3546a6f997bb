// The exports capability: the weekly export (bundle, workbook and summary PDF) and the register (台账).
import type { exportsContract } from '../../../shared/methods/exports';
import type { Methods } from '../deps';
import { exportHistory } from './history';
import { exportLedger } from './ledger';
import { exportStatus } from './status';
import { exportWeek } from './weekExport';

export const exportsMethods: Methods<typeof exportsContract> = {
  'exports.week': (ctx, input) => exportWeek(ctx, ctx.host, { ...input, trigger: 'manual' }),
  'exports.history': (ctx) => exportHistory(ctx.db),
  'exports.status': (ctx) => exportStatus(ctx),
  'exports.ledger': (ctx, input) => exportLedger(ctx, ctx.host.databaseFile, input),
  'exports.chooseFolder': async (ctx, { startIn }) => ({ folder: await ctx.host.chooseFolder(startIn || null) }),
};
