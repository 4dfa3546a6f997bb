// The office database (issue 15): import, views and the county sheet, on this PC's office file or the
// county's server (Settings → 汇总数据库).
import type { HandlersFor } from '../handlers';
import { officeFor, spanOf } from '../office/appOffice';
import { exportCountySheet } from '../office/countySheet';
import { importFolder } from '../office/importFolder';
import { checkServer, clearServer, saveServer, serverInfo } from '../office/server';
import { attention, grid, trend, weekRows } from '../office/views';
import { readSettings } from '../services/settings/settings';

export const officeHandlers: HandlersFor<'office.'> = {
  'office.import': async (ctx, input) => {
    const lines = await importFolder(await officeFor(ctx.host), input.folder, ctx.clock.now);
    return lines.map((l) => ({ ...l, outcome: l.outcome.kind, problems: l.outcome.kind === 'failed' ? l.outcome.problems : [] }));
  },
  'office.grid': async (ctx, input) => {
    const office = await officeFor(ctx.host);
    return grid(office.db, await spanOf(office, input, ctx.clock.today()));
  },
  'office.weeks': async (ctx, input) => {
    const office = await officeFor(ctx.host);
    return weekRows(office.db, await spanOf(office, input, ctx.clock.today()));
  },
  'office.trend': async (ctx, input) => {
    const office = await officeFor(ctx.host);
    return trend(office.db, await spanOf(office, input, ctx.clock.today()), input.metric, input.by);
  },
  'office.attention': async (ctx) => attention((await officeFor(ctx.host)).db),
  'office.export': async (ctx, input) => {
    const office = await officeFor(ctx.host);
    const { language } = await readSettings(ctx.db);
    return exportCountySheet(office, await spanOf(office, input, ctx.clock.today()), input.folder, language, ctx.clock.now());
  },
  'office.server': async (ctx) => serverInfo(ctx.host),
  'office.testServer': async (ctx, { password, ...server }) => checkServer(ctx.host, server, password),
  'office.saveServer': async (ctx, { password, ...server }) => {
    const info = await saveServer(ctx.host, server, password);
    await ctx.audit.record('office.saveServer', 'settings', null, { ...server, password: password === undefined ? 'kept' : 'set' });
    return info;
  },
  'office.clearServer': async (ctx) => {
    const info = clearServer(ctx.host);
    await ctx.audit.record('office.clearServer', 'settings', null, {});
    return info;
  },
};
