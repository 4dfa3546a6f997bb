// Frozen in time: a migration never imports app code.
// Only a child's name is required: a roster may leave anything else unknown. Rebuilds `child` and
// `child_parent` without NOT NULL on those columns (SQLite cannot drop a constraint in place), following
// SQLite's "other kinds of table schema changes" procedure: the runner has foreign keys off and checks
// them before commit (`rebuildsTables`). The '' that 0013 stored for an unknown value becomes NULL.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

const CHILD_COLUMNS = [
  'id',
  'name',
  'name_pinyin',
  'name_initials',
  'gender',
  'birth_date',
  'grade',
  'class_no',
  'student_no',
  'situation',
  'de_facto_unsupported',
  'boarding',
  'guardian_name',
  'guardian_relation',
  'guardian_phone',
  'guardian_address',
  'surrogate_staff_id',
  'notes',
  'consent_signed_by',
  'consent_signed_on',
  'consent_scope',
  'archived_at',
  'archive_reason',
  'created_at',
  'updated_at',
  'erased_at',
  'ethnicity',
];
const BLANK_TO_NULL = new Set(['gender', 'birth_date', 'situation', 'guardian_name', 'guardian_relation', 'guardian_phone']);

const PARENT_COLUMNS = ['id', 'child_id', 'relation', 'name', 'phone', 'work_city', 'employer', 'best_call_time', 'verified_on', 'removed_at', 'created_at', 'updated_at'];

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create table child_new (
    id integer primary key autoincrement,
    name text not null,
    name_pinyin text not null,
    name_initials text not null,
    gender text check (gender in ('female', 'male')),
    birth_date text,
    grade integer check (grade between 1 and 9),
    class_no integer,
    student_no text,
    situation text check (situation in ('father_away', 'mother_away', 'both_away')),
    de_facto_unsupported integer default 0 not null,
    boarding integer default 0 not null,
    guardian_name text,
    guardian_relation text,
    guardian_phone text,
    guardian_address text,
    surrogate_staff_id integer references staff (id),
    notes text,
    consent_signed_by text,
    consent_signed_on text,
    consent_scope text,
    archived_at text,
    archive_reason text,
    created_at text not null,
    updated_at text not null,
    erased_at text,
    ethnicity text
  )`.execute(db);
  await copy(db, 'child', CHILD_COLUMNS, BLANK_TO_NULL);
  await sql`drop table child`.execute(db);
  await sql`alter table child_new rename to child`.execute(db);
  await sql`create index child_grade_class on child (grade, class_no)`.execute(db);
  await sql`create unique index child_student_no on child (student_no) where student_no is not null`.execute(db);

  await sql`create table child_parent_new (
    id integer primary key autoincrement,
    child_id integer not null references child (id),
    relation text not null check (relation in ('father', 'mother', 'other')),
    name text,
    phone text,
    work_city text,
    employer text,
    best_call_time text,
    verified_on text,
    removed_at text,
    created_at text not null,
    updated_at text not null
  )`.execute(db);
  await copy(db, 'child_parent', PARENT_COLUMNS, new Set(['name']));
  await sql`drop table child_parent`.execute(db);
  await sql`alter table child_parent_new rename to child_parent`.execute(db);
  await sql`create index child_parent_child on child_parent (child_id)`.execute(db);
}

/** Copies every row (ids kept, so other tables' references still hold), blanks in `blanks` as NULL. */
async function copy(db: Kysely<any>, table: string, columns: string[], blanks: Set<string>): Promise<void> {
  const list = columns.join(', ');
  const values = columns.map((c) => (blanks.has(c) ? `case when trim(${c}) = '' then null else ${c} end` : c)).join(', ');
  await sql.raw(`insert into ${table}_new (${list}) select ${values} from ${table}`).execute(db);
  // A deleted last row's id must not be handed out again (autoincrement's promise).
  await sql
    .raw(
      `update sqlite_sequence set seq = max(seq, (select seq from sqlite_sequence where name = '${table}'))
    where name = '${table}_new'`,
    )
    .execute(db);
}
