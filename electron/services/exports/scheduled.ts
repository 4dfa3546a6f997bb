// The scheduled weekly export, run at start-up and every minute: first it looks which exported
// weeks later writes changed (their reads in the bundle worker), and removes what a killed run left; then every week over, due and not
// yet exported, oldest first, then the corrections due, each in its own transaction. A missing folder (the USB drive is not
// plugged in) is recorded and the next tick tries again; a week is recorded only once its bundle is
// written and verified.
import type { TaskContext } from '../../host';
import { createAudit } from '../audit';
import { SYSTEM_ACTOR } from '../room/checkins';
import { scheduledClockState, weeksWithinData } from '../clock/guard';
import { createClock } from '../deps';
import { readSettings } from '../settings/settings';
import { drawInWorker } from './bundleThread';
import { lookForChanges, markChangedWeeks } from './changes';
import { removeStalePartials } from './partials';
import { dueCorrections, forgetScheduleStart, pendingWeeks, scheduleStart } from './schedule';
import { recordTaskAttempt, type Problem } from '../taskStatus';
import { clearExportProblem, problemOf } from './status';
import { exportWeekAsSystem, type WeekExportOptions } from './weekExport';

/** Databases with a run under way: a long catch-up may outlast the one-minute timer, and two runs would write the same week twice. */
const running = new WeakSet<TaskContext['db']>();

/** Returns the weeks exported this time. */
export async function runScheduledExports(ctx: TaskContext, options: WeekExportOptions = {}): Promise<string[]> {
  if (running.has(ctx.db)) return [];
  running.add(ctx.db);
  try {
    return await exportDueWeeks(ctx, options);
  } finally {
    running.delete(ctx.db);
  }
}

async function exportDueWeeks(ctx: TaskContext, options: WeekExportOptions): Promise<string[]> {
  // A clock behind the newest moment seen, or far ahead and not confirmed: no week is due (services/clock).
  if ((await scheduledClockState(ctx)) !== 'ok') return [];
  const settings = await readSettings(ctx.db);
  const clock = createClock(ctx.now, settings.timezone);
  const record = (problem: Problem | null) => ctx.db.transaction().execute((trx) => recordTaskAttempt(trx, createAudit(trx, clock, SYSTEM_ACTOR), 'export', clock.stamp(), problem));

  // Also with the schedule off: the export screen shows weeks changed since a manual export. The weeks'
  // reads run in the bundle worker, outside any transaction; only the marks are written below.
  const look = await lookForChanges(ctx.db, settings.timezone);
  const { digests } = look.runs.length
    ? await drawInWorker({ kind: 'digests', databaseFile: ctx.host.databaseFile, now: clock.now().getTime(), settings, ranges: look.runs.map((r) => r.range) })
    : { digests: [] };

  const due = await ctx.db.transaction().execute(async (trx) => {
    const audit = createAudit(trx, clock, SYSTEM_ACTOR);
    await markChangedWeeks({ db: trx, clock, audit }, look, digests);
    if (!settings.exportFolder) {
      await forgetScheduleStart(trx, audit);
      await clearExportProblem(trx, audit, clock.stamp());
      return [];
    }
    removeStalePartials(settings.exportFolder);
    const owed = await pendingWeeks(trx, settings, clock, await scheduleStart(trx, clock, audit));
    return [...(await weeksWithinData(trx, owed, settings.clockHolidayDays)), ...(await dueCorrections(trx, settings, clock))];
  });

  const exported: string[] = [];
  for (const week of due) {
    try {
      await exportWeekAsSystem(ctx, { week, folder: settings.exportFolder, includeContacts: false, trigger: 'scheduled' }, options);
    } catch (error) {
      // Stop at the first failure: weeks go out oldest first, and the next tick retries from here.
      await record(problemOf(error));
      return exported;
    }
    exported.push(week);
  }
  if (exported.length > 0) await record(null);
  return exported;
}
