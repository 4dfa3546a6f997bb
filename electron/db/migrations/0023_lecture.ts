// Frozen in time: a migration never imports app code.
// Monthly lectures (issue 20): legal, safety, mental-health and other talks the room holds, voided
// rather than deleted like other records, and the children present (a row each; no row, not present).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lecture')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('topic', 'text', (c) => c.notNull().check(sql`topic in ('legal', 'safety', 'mental_health', 'other')`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('voided_at', 'text')
    .addColumn('void_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('lecture_date').on('lecture').column('date').execute();

  await db.schema
    .createTable('lecture_attendance')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('lecture_id', 'integer', (c) => c.notNull().references('lecture.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('marked_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lecture_attendance_one', ['lecture_id', 'child_id'])
    .execute();
  await db.schema.createIndex('lecture_attendance_child').on('lecture_attendance').column('child_id').execute();
}
