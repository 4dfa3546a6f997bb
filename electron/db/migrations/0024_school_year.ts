// Frozen in time: a migration never imports app code.
// The new school year's step (issue 20): one row per run, with what undo needs to put every row back
// (each child's grade, archive state and surrogate before; each group closed; each visit and booking
// the graduates' archiving closed). One live (not undone) step per school year, enforced here.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('school_year_step')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    // The calendar year the school year starts in: 2026 is 2026–2027学年.
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('run_by_staff_id', 'integer', (c) => c.references('staff.id'))
    // JSON: the counts shown afterwards (promoted, kept back, graduated, reassigned, groups closed).
    .addColumn('summary', 'text', (c) => c.notNull())
    // JSON: the rows' values before the step, column by column.
    .addColumn('undo', 'text', (c) => c.notNull())
    .addColumn('undone_at', 'text')
    .addColumn('undone_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX school_year_step_live ON school_year_step (school_year) WHERE undone_at IS NULL`.execute(db);
}
