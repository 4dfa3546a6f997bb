// exports.status, which the export screen shows, and what the scheduled export does with its problems.
import type { Kysely } from 'kysely';
import type { ExportStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';
import type { Audit, ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { readTaskStatus, type Problem, type Task } from '../taskStatus';
import { changedWeeks, exportHistory } from './history';
import { pendingWeeks, scheduleStart } from './schedule';

const TASK: Task = 'export';

/** The schedule was switched off: a problem it had no longer stands. */
export async function clearExportProblem(db: Kysely<Database>, audit: Audit, at: string): Promise<void> {
  const row = await db.selectFrom('task_status').select(['id', 'problem_code']).where('task', '=', TASK).executeTakeFirst();
  if (!row?.problem_code) return;
  await db.updateTable('task_status').set({ problem_code: null, problem_detail: null, updated_at: at }).where('id', '=', row.id).execute();
  await audit.record('exports.recovered', 'task_status', row.id, { reason: 'schedule_off' });
}

export function problemOf(error: unknown): Problem {
  if (error instanceof AppError) {
    const detail = error.details?.path ?? null;
    if (error.code === 'folder_missing') return { code: 'folder_missing', detail };
    if (error.details?.reason === 'verify') return { code: 'verify_failed', detail };
    return { code: 'write_failed', detail };
  }
  return { code: 'write_failed', detail: error instanceof Error ? error.message : String(error) };
}

export async function exportStatus({ db, clock }: ServiceDeps): Promise<ExportStatus> {
  const settings = await readSettings(db);
  const pending = settings.exportFolder ? await pendingWeeks(db, settings, clock, await scheduleStart(db, clock)) : [];
  const [lastRun] = await exportHistory(db, 1);
  const changed = (await changedWeeks(db)).map((c) => c.week);
  return { ...(await readTaskStatus(db, TASK)), folder: settings.exportFolder, pendingWeeks: pending, changedWeeks: changed, lastRun: lastRun ?? null };
}
