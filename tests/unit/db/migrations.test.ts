import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../../electron/db/migrations';
import { openDatabase, schemaVersion, type OpenDatabase } from '../../../electron/db/open';
import type { Database } from '../../../electron/db/schema';
import { tempDir } from '../helpers';

/** Every table of the Database interface and its columns; the types fail to compile on a wrong name. */
const TABLES: { [T in keyof Database]: readonly (keyof Database[T] & string)[] } = {
  setting: ['id', 'key', 'value', 'created_at', 'updated_at'],
  staff: ['id', 'name', 'role', 'pin_hash', 'counsellor', 'failed_pin_count', 'locked_until', 'archived_at', 'created_at', 'updated_at'],
  audit_log: ['id', 'actor_staff_id', 'actor_role', 'action', 'table_name', 'row_id', 'details', 'created_at', 'updated_at'],
  child: [
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
    'erased_at',
    'created_at',
    'updated_at',
    'ethnicity',
    'hukou',
    'health_allergies',
    'health_conditions',
    'health_medicines',
    'health_actions',
    'health_status',
    'income_source',
    'guardian_situation',
    'village_contact_name',
    'village_contact_phone',
    'photo_consent_by',
    'photo_consent_on',
  ],
  child_parent: ['id', 'child_id', 'relation', 'name', 'phone', 'work_city', 'employer', 'best_call_time', 'verified_on', 'removed_at', 'created_at', 'updated_at', 'birthday'],
  visit: [
    'id',
    'child_id',
    'checked_in_at',
    'checked_out_at',
    'check_in_staff_id',
    'check_out_staff_id',
    'checkout_method',
    'leave_mode',
    'collected_by',
    'voided_at',
    'void_reason',
    'created_at',
    'updated_at',
    'leave_request',
    'leave_request_by',
    'leave_held_at',
    'leave_hold_reason',
    'leave_note',
  ],
  child_collector: ['id', 'child_id', 'position', 'name', 'relation', 'phone', 'may_collect', 'note', 'created_at', 'updated_at', 'photo'],
  child_photo: ['id', 'child_id', 'photo', 'created_at', 'updated_at'],
  call_booking: ['id', 'child_id', 'parent_id', 'booked_at', 'booked_by_staff_id', 'status', 'closed_at', 'created_at', 'updated_at', 'channel'],
  call: ['id', 'child_id', 'parent_id', 'booking_id', 'staff_id', 'started_at', 'ended_at', 'duration_seconds', 'outcome', 'note', 'voided_at', 'void_reason', 'created_at', 'updated_at', 'channel'],
  book: ['id', 'title', 'title_sort', 'author', 'publisher', 'isbn', 'category', 'grade_from', 'grade_to', 'created_at', 'updated_at'],
  book_copy: ['id', 'book_id', 'barcode', 'status', 'status_reason', 'created_at', 'updated_at'],
  loan: ['id', 'copy_id', 'child_id', 'lent_at', 'lent_by_staff_id', 'due_on', 'renewals', 'returned_at', 'returned_by_staff_id', 'created_at', 'updated_at'],
  review: ['id', 'child_id', 'book_id', 'text', 'written_via', 'written_by_staff_id', 'written_at', 'semester', 'grade', 'graded_by_staff_id', 'graded_at', 'created_at', 'updated_at'],
  activity: [
    'id',
    'kind',
    'title',
    'description',
    'place',
    'capacity',
    'grade_from',
    'grade_to',
    'teacher_staff_id',
    'signup_opens_at',
    'signup_closes_at',
    'date',
    'weekday',
    'start_time',
    'end_time',
    'term_start',
    'term_end',
    'archived_at',
    'created_at',
    'updated_at',
  ],
  activity_signup: ['id', 'activity_id', 'child_id', 'status', 'via', 'signed_up_at', 'promoted_at', 'closed_at', 'staff_id', 'created_at', 'updated_at'],
  activity_attendance: ['id', 'activity_id', 'child_id', 'date', 'present', 'marked_by_staff_id', 'created_at', 'updated_at'],
  opening: ['id', 'weekday', 'start_time', 'end_time', 'teachers_needed', 'archived_at', 'created_at', 'updated_at'],
  duty: ['id', 'date', 'opening_id', 'staff_id', 'source', 'removed_at', 'created_at', 'updated_at'],
  duty_signin: ['id', 'staff_id', 'duty_id', 'signed_in_at', 'signed_out_at', 'handover_note', 'created_at', 'updated_at'],
  export_run: [
    'id',
    'week',
    'trigger',
    'folder',
    'bundle_path',
    'include_contacts',
    'rows',
    'files',
    'staff_id',
    'created_at',
    'updated_at',
    'partial_up_to',
    'revision',
    'replaces_id',
    'digest',
    'changed_at',
  ],
  task_status: ['id', 'task', 'last_attempt_at', 'last_success_at', 'problem_code', 'problem_detail', 'created_at', 'updated_at'],
  care_record: [
    'id',
    'child_id',
    'kind',
    'date',
    'staff_id',
    'contact_with',
    'contact_mode',
    'met_with',
    'growth_area',
    'letter_to',
    'letter_sent_on',
    'text',
    'voided_at',
    'void_reason',
    'created_at',
    'updated_at',
  ],
  care_follow_up: ['id', 'child_id', 'record_id', 'reason', 'note', 'due_on', 'raised_by_staff_id', 'done_at', 'done_by_staff_id', 'done_note', 'created_at', 'updated_at'],
  access_log: ['id', 'staff_id', 'role', 'child_id', 'what', 'created_at', 'updated_at'],
  helper: ['id', 'name', 'phone', 'kind', 'organisation', 'note', 'archived_at', 'created_at', 'updated_at'],
  helper_child: ['id', 'helper_id', 'child_id', 'since', 'ended_on', 'created_at', 'updated_at'],
  helper_visit: ['id', 'helper_id', 'date', 'what', 'staff_id', 'created_at', 'updated_at'],
  helper_visit_child: ['id', 'visit_id', 'child_id', 'created_at', 'updated_at'],
  aid: ['id', 'kind', 'description', 'amount_fen', 'quantity', 'date', 'donor', 'staff_id', 'voided_at', 'void_reason', 'created_at', 'updated_at'],
  aid_child: ['id', 'aid_id', 'child_id', 'created_at', 'updated_at'],
  lecture: ['id', 'topic', 'title', 'date', 'speaker', 'note', 'staff_id', 'voided_at', 'void_reason', 'created_at', 'updated_at'],
  lecture_attendance: ['id', 'lecture_id', 'child_id', 'marked_by_staff_id', 'created_at', 'updated_at'],
  school_year_step: ['id', 'school_year', 'run_at', 'run_by_staff_id', 'summary', 'undo', 'undone_at', 'undone_by_staff_id', 'created_at', 'updated_at'],
  incident: ['id', 'kind', 'occurred_at', 'place', 'what_happened', 'what_was_done', 'follow_up', 'follow_up_done_on', 'recorded_by_staff_id', 'voided_at', 'void_reason', 'created_at', 'updated_at'],
  incident_child: ['id', 'incident_id', 'child_id', 'created_at', 'updated_at'],
  incident_notice: ['id', 'incident_id', 'whom', 'name', 'told_at', 'how', 'created_at', 'updated_at'],
};
const TABLE_NAMES = Object.keys(TABLES) as (keyof Database)[];

const dirs: string[] = [];
const open: OpenDatabase[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function freshFile(): { dir: string; file: string } {
  const dir = tempDir();
  dirs.push(dir);
  return { dir, file: path.join(dir, 'room.sqlite') };
}

async function openAt(file: string, targetVersion?: number, backupDir?: string): Promise<OpenDatabase> {
  const o = await openDatabase({ file, targetVersion, backupDir });
  open.push(o);
  return o;
}

function tableNames(o: OpenDatabase): string[] {
  const rows = o.sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

function columnNames(o: OpenDatabase, table: string): string[] {
  return (o.sqlite.prepare(`select name from pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}

describe('migrations', () => {
  // Without a gap: a file already past a gap would skip a migration merged into it later.
  it('are numbered 1, 2, 3 … up to LATEST_VERSION without a gap, with distinct names', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
    expect(versions.at(-1)).toBe(LATEST_VERSION);
    expect(new Set(migrations.map((m) => m.name)).size).toBe(migrations.length);
    for (const m of migrations) expect(m.name.startsWith(String(m.version).padStart(4, '0') + '_')).toBe(true);
  });

  it('a new file migrated to the latest has exactly the schema.ts tables and columns', async () => {
    const { file } = freshFile();
    const o = await openAt(file);
    expect(schemaVersion(o.sqlite)).toBe(LATEST_VERSION);
    expect(tableNames(o)).toEqual([...TABLE_NAMES].sort());
    for (const table of TABLE_NAMES) expect(columnNames(o, table).sort()).toEqual([...TABLES[table]].sort());
  });

  for (const v of [0, ...migrations.map((m) => m.version)].filter((n) => n < LATEST_VERSION)) {
    it(`upgrades a database at version ${v} to the latest`, async () => {
      const { file } = freshFile();
      const old = await openAt(file, v);
      expect(schemaVersion(old.sqlite)).toBe(v);
      await old.close();

      const upgraded = await openAt(file);
      expect(schemaVersion(upgraded.sqlite)).toBe(LATEST_VERSION);
      const tables = tableNames(upgraded);
      for (const table of TABLE_NAMES) expect(tables).toContain(table);
      for (const table of TABLE_NAMES) expect(columnNames(upgraded, table).sort()).toEqual([...TABLES[table]].sort());
    });
  }

  it('stops at the target version and builds only the tables of the versions it ran', async () => {
    const { file } = freshFile();
    const o = await openAt(file, 1);
    expect(schemaVersion(o.sqlite)).toBe(1);
    expect(tableNames(o)).toEqual(['audit_log', 'setting', 'staff']);
  });

  it('keeps rows written at an older version when migrating', async () => {
    const { file } = freshFile();
    const old = await openAt(file, 1);
    const at = '2026-11-23T10:00:00+08:00';
    await old.db.insertInto('staff').values({ name: '陈静', role: 'admin', pin_hash: 'scrypt$x', created_at: at, updated_at: at }).execute();
    await old.close();

    const upgraded = await openAt(file);
    const staff = await upgraded.db.selectFrom('staff').select(['name', 'role', 'failed_pin_count']).execute();
    expect(staff).toEqual([{ name: '陈静', role: 'admin', failed_pin_count: 0 }]);
  });

  it('running the latest again on an up-to-date file changes nothing and makes no backup', async () => {
    const { dir, file } = freshFile();
    const first = await openAt(file);
    await first.close();
    const again = await openAt(file, undefined, path.join(dir, 'bk'));
    expect(again.backupFile).toBeNull();
    expect(schemaVersion(again.sqlite)).toBe(LATEST_VERSION);
    expect(fs.existsSync(path.join(dir, 'bk'))).toBe(false);
  });
});
