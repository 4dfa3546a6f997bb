// Frozen in time: a migration never imports app code.
// Health notes on the child's file (allergies, conditions, medicines, what to do), NULL for every child
// already on file; and the access log learns a fifth kind, 'health', for each opening of those notes.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of ['health_allergies', 'health_conditions', 'health_medicines', 'health_actions']) {
    await db.schema.alterTable('child').addColumn(column, 'text').execute();
  }

  // SQLite cannot change a CHECK in place: the log is copied into a new table. Nothing references it.
  await db.schema
    .createTable('access_log_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('file', 'care', 'growth_file', 'data_export', 'health')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into access_log_new (id, staff_id, role, child_id, what, created_at, updated_at)
    select id, staff_id, role, child_id, what, created_at, updated_at from access_log`.execute(db);
  await db.schema.dropTable('access_log').execute();
  await db.schema.alterTable('access_log_new').renameTo('access_log').execute();
  await db.schema.createIndex('access_log_child').on('access_log').columns(['child_id', 'created_at']).execute();
  await db.schema.createIndex('access_log_created').on('access_log').columns(['created_at']).execute();
}
