// Frozen in time: a migration never imports app code.
// Incidents (issue #20): what happened to one or more children (an injury, an illness, a child missing, a
// conflict), who was told and when, what was done and the follow-up. The access log learns a sixth kind,
// 'incident', for each opening of an incident's text.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('incident')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('injury', 'illness', 'missing', 'conflict', 'other')`))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    // The texts are NULL only after erasure of a child the incident involved.
    .addColumn('place', 'text')
    .addColumn('what_happened', 'text')
    .addColumn('what_was_done', 'text')
    .addColumn('follow_up', 'text')
    .addColumn('follow_up_done_on', 'text')
    .addColumn('recorded_by_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_occurred').on('incident').columns(['occurred_at']).execute();

  await db.schema
    .createTable('incident_child')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('incident_child_once', ['incident_id', 'child_id'])
    .execute();
  await db.schema.createIndex('incident_child_child').on('incident_child').columns(['child_id', 'incident_id']).execute();

  await db.schema
    .createTable('incident_notice')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('incident_id', 'integer', (c) => c.notNull().references('incident.id'))
    .addColumn('whom', 'text', (c) => c.notNull().check(sql`whom in ('guardian', 'parent', 'headteacher', 'other')`))
    .addColumn('name', 'text')
    .addColumn('told_at', 'text', (c) => c.notNull())
    .addColumn('how', 'text', (c) => c.notNull().check(sql`how in ('phone', 'in_person', 'message')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('incident_notice_incident').on('incident_notice').columns(['incident_id', 'told_at']).execute();

  // SQLite cannot change a CHECK in place: the log is copied into a new table. Nothing references it.
  await db.schema
    .createTable('access_log_new')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('file', 'care', 'growth_file', 'data_export', 'health', 'incident')`))
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
