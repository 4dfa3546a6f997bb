// What the app does by itself (the daily backup, the scheduled export) keeps one row in task_status:
// when it last tried, last succeeded, and what went wrong, for the screens to show.
import type { Kysely } from 'kysely';
import type { TaskProblem, TaskStatus } from '../../shared/domain';
import type { Database } from '../db/schema';
import type { Audit } from './deps';

/** The task's row name, and the prefix of its audit actions. */
const TASKS = { backup: 'backups', export: 'exports' } as const;
export type Task = keyof typeof TASKS;

export type Problem = { code: TaskProblem; detail: string | null };

export async function readTaskStatus(db: Kysely<Database>, task: Task): Promise<TaskStatus> {
  const row = await db.selectFrom('task_status').selectAll().where('task', '=', task).executeTakeFirst();
  if (!row) return { lastAttemptAt: null, lastSuccessAt: null, problem: null };
  return {
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    problem: row.problem_code ? { code: row.problem_code as TaskProblem, detail: row.problem_detail } : null,
  };
}

/**
 * Records one attempt; problem null means it succeeded. Audited when the outcome changes (a problem
 * appears, changes or clears), not on every retry of the minute timer.
 */
export async function recordTaskAttempt(db: Kysely<Database>, audit: Audit, task: Task, at: string, problem: Problem | null): Promise<void> {
  const before = await db.selectFrom('task_status').select('problem_code').where('task', '=', task).executeTakeFirst();
  const values = {
    last_attempt_at: at,
    problem_code: problem?.code ?? null,
    problem_detail: problem?.detail ?? null,
    updated_at: at,
    ...(problem ? {} : { last_success_at: at }),
  };
  const row = await db
    .insertInto('task_status')
    .values({ task, created_at: at, ...values })
    .onConflict((oc) => oc.column('task').doUpdateSet(values))
    .returning('id')
    .executeTakeFirstOrThrow();
  if ((before?.problem_code ?? null) !== (problem?.code ?? null)) {
    await audit.record(`${TASKS[task]}.${problem ? 'problem' : 'recovered'}`, 'task_status', row.id, problem ?? undefined);
  }
}
