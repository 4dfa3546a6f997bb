// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  // One row per bundle written and verified; a failed attempt never gets a row here.
  await db.schema
    .createTable('export_run')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('week', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('manual', 'scheduled', 'cli')`))
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('bundle_path', 'text', (c) => c.notNull())
    .addColumn('include_contacts', 'integer', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('files', 'integer', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('export_run_week').on('export_run').columns(['week']).execute();

  // What the app does by itself (scheduled export, daily backup): when it last tried, and what went wrong.
  await db.schema
    .createTable('task_status')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('task', 'text', (c) => c.notNull().unique())
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('problem_code', 'text')
    .addColumn('problem_detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
