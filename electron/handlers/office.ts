// The office database (issue 15): import, views and the county sheet, on this PC's office file.
import type { HandlersFor } from '../handlers';
import { officeFor, spanOf } from '../office/appOffice';
import { exportCountySheet } from '../office/countySheet';
import { importFolder } from '../office/importFolder';
import { attention, grid, trend, weekRows } from '../office/views';
import { readSettings } from '../services/settings';

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
};
