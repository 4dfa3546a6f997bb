// The scheduled export's row in task_status (when it last tried, last succeeded, what went wrong) and
// exports.status, which the export screen shows.
import type { Kysely } from 'kysely';
import type { ExportStatus, TaskProblem, TaskStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';
import type { Audit, ServiceDeps } from '../deps';
import { readSettings } from '../settings';
import { exportHistory } from './history';
import { pendingWeeks, scheduleStart } from './schedule';

const TASK = 'export';

export type Problem = { code: TaskProblem; detail: string | null };

export async function readTaskStatus(db: Kysely<Database>): Promise<TaskStatus> {
  const row = await db.selectFrom('task_status').selectAll().where('task', '=', TASK).executeTakeFirst();
  if (!row) return { lastAttemptAt: null, lastSuccessAt: null, problem: null };
  return {
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    problem: row.problem_code ? { code: row.problem_code as TaskProblem, detail: row.problem_detail } : null,
  };
}

/** Records one attempt (problem null: it succeeded). Audited when the outcome changes, not on every retry. */
export async function recordExportAttempt(db: Kysely<Database>, audit: Audit, at: string, problem: Problem | null): Promise<void> {
  const before = await db.selectFrom('task_status').select('problem_code').where('task', '=', TASK).executeTakeFirst();
  const values = {
    last_attempt_at: at,
    problem_code: problem?.code ?? null,
    problem_detail: problem?.detail ?? null,
    updated_at: at,
    ...(problem ? {} : { last_success_at: at }),
  };
  const row = await db
    .insertInto('task_status')
    .values({ task: TASK, created_at: at, ...values })
    .onConflict((oc) => oc.column('task').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  if ((before?.problem_code ?? null) !== (problem?.code ?? null)) {
    await audit.record(problem ? 'exports.problem' : 'exports.recovered', 'task_status', row.id, problem ?? undefined);
  }
}

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
  return { ...(await readTaskStatus(db)), folder: settings.exportFolder, pendingWeeks: pending, lastRun: lastRun ?? null };
}
