// The daily backup, with rotation. Called at start-up and every minute: the first tick of a local day
// without that day's file writes it; a failure is recorded and the next tick tries again. The PC's
// clock decides the day, so it is asked first (services/clock): behind the newest moment seen, nothing
// is written; far ahead and not yet confirmed by a teacher, the copy is written but nothing is rotated.
import fs from 'node:fs';
import path from 'node:path';
import type { TaskProblem } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { TaskContext } from '../../host';
import { createAudit } from '../audit';
import { SYSTEM_ACTOR } from '../room/checkins';
import { createClock, type Clock } from '../deps';
import { readSettings } from '../settings/settings';
import { backupFolderOf, dailyName, prepareFolder, weeklyName } from './files';
import { rotateBackups } from './rotation';
import { recordTaskAttempt } from '../taskStatus';
import { markWriting, writeBackup } from './write';
import { removeLeftoverTemps } from './leftovers';
import { scheduledClockState } from '../clock/guard';

/** Databases whose backup folder was swept for a killed run's temporary files (once, at start). */
const swept = new WeakSet<TaskContext['db']>();

/** Returns the backup file written, or null when today's backup already exists (or this attempt failed). */
export async function runScheduledBackup(ctx: TaskContext): Promise<string | null> {
  const clock = createClock(ctx.now, (await readSettings(ctx.db)).timezone);
  const target = await backupFolderOf(ctx.db, ctx.host);
  if (!swept.has(ctx.db)) {
    swept.add(ctx.db);
    removeLeftoverTemps(target.folder);
  }
  const state = await scheduledClockState(ctx);
  if (state === 'behind') return null;
  const daily = path.join(target.folder, dailyName(clock.today()));
  // The first backup of an ISO week is also that week's copy.
  const weekly = path.join(target.folder, weeklyName(clock.today()));
  if (fs.existsSync(daily) && fs.existsSync(weekly)) return null;

  try {
    prepareFolder(target);
    const written: string[] = [];
    if (!fs.existsSync(daily)) written.push(await writeBackup(ctx.host.sqlite, target.folder, path.basename(daily), ctx.now()));
    if (!fs.existsSync(weekly)) written.push(copyBackup(daily, weekly, ctx.now()));
    const deleted =
      state === 'ok'
        ? rotateBackups(
            target.folder,
            written.map((f) => path.basename(f)),
          )
        : [];
    await record(ctx, clock, null, { written: written.map((f) => path.basename(f)), deleted });
    return written[0] ?? null;
  } catch (error) {
    await record(ctx, clock, problemOf(error), null);
    return null;
  }
}

async function record(ctx: TaskContext, clock: Clock, problem: { code: TaskProblem; detail: string | null } | null, done: { written: string[]; deleted: string[] } | null): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const audit = createAudit(trx, clock, SYSTEM_ACTOR);
    await recordTaskAttempt(trx, audit, 'backup', clock.stamp(), problem);
    if (done) await audit.record('backups.daily', 'task_status', null, done);
  });
}

/** A byte copy of a checked backup, under a temporary name until complete. */
function copyBackup(from: string, to: string, at: Date): string {
  const temp = `${to}.tmp`;
  const done = markWriting(temp);
  try {
    fs.copyFileSync(from, temp);
    fs.utimesSync(temp, at, at);
    fs.renameSync(temp, to);
    return to;
  } catch {
    fs.rmSync(temp, { force: true });
    throw new AppError('file_write_failed', { path: to });
  } finally {
    done();
  }
}

function problemOf(error: unknown): { code: TaskProblem; detail: string | null } {
  if (error instanceof AppError) {
    const detail = error.details?.path ?? null;
    if (error.code === 'folder_missing') return { code: 'folder_missing', detail };
    if (error.details?.reason === 'verify') return { code: 'verify_failed', detail };
    return { code: 'write_failed', detail };
  }
  return { code: 'write_failed', detail: error instanceof Error ? error.message : String(error) };
}
