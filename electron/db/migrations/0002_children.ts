// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('child')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_pinyin', 'text', (c) => c.notNull())
    .addColumn('name_initials', 'text', (c) => c.notNull())
    .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('female', 'male')`))
    .addColumn('birth_date', 'text', (c) => c.notNull())
    .addColumn('grade', 'integer', (c) => c.notNull().check(sql`grade between 1 and 9`))
    .addColumn('class_no', 'integer', (c) => c.notNull())
    .addColumn('student_no', 'text')
    .addColumn('situation', 'text', (c) => c.notNull().check(sql`situation in ('father_away', 'mother_away', 'both_away')`))
    .addColumn('de_facto_unsupported', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('boarding', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('guardian_name', 'text', (c) => c.notNull())
    .addColumn('guardian_relation', 'text', (c) => c.notNull())
    .addColumn('guardian_phone', 'text', (c) => c.notNull())
    .addColumn('guardian_address', 'text')
    .addColumn('surrogate_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('notes', 'text')
    .addColumn('consent_signed_by', 'text')
    .addColumn('consent_signed_on', 'text')
    .addColumn('consent_scope', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('archive_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('child_grade_class').on('child').columns(['grade', 'class_no']).execute();
  await sql`create unique index child_student_no on child (student_no) where student_no is not null`.execute(db);

  await db.schema
    .createTable('child_parent')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('relation', 'text', (c) => c.notNull().check(sql`relation in ('father', 'mother', 'other')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('work_city', 'text')
    .addColumn('employer', 'text')
    .addColumn('best_call_time', 'text')
    .addColumn('verified_on', 'text')
    .addColumn('removed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('child_parent_child').on('child_parent').column('child_id').execute();
}
