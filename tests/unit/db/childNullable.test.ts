// Migration 0015 rebuilds child and child_parent so that only the name is required: the '' that 0013
// stored for unknown values become NULL, and every row of other tables still points at its child.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../../electron/db/migrations';
import { migrateTo, openDatabase, schemaVersion, type OpenDatabase } from '../../../electron/db/open';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const open: OpenDatabase[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function openAt(file: string, targetVersion?: number): Promise<OpenDatabase> {
  const o = await openDatabase({ file, targetVersion, backupDir: path.join(path.dirname(file), 'bk') });
  open.push(o);
  return o;
}

const AT = '2026-12-04T10:00:00+08:00';

/** A file at version 14 with a child holding 0013's placeholders and rows elsewhere that point at him. */
async function fileAt14(): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'room.sqlite');
  const old = await openAt(file, 14);
  const run = (q: string, ...p: unknown[]) => old.sqlite.prepare(q).run(...p);
  run(`insert into staff (id, name, role, pin_hash, created_at, updated_at) values (1, '陈静', 'admin', 'x', ?, ?)`, AT, AT);
  const child = `insert into child (id, name, name_pinyin, name_initials, gender, birth_date, grade, class_no, situation,
    guardian_name, guardian_relation, guardian_phone, created_at, updated_at) values (?, ?, '', '', 'male', ?, 3, 2, 'both_away', '李奶奶', '奶奶', ?, ?, ?)`;
  run(child, 1, '石磊', '', '', AT, AT);
  run(child, 2, '王芳', '2016-05-01', '13800138000', AT, AT);
  run(child, 5, '张伟', '2016-06-01', ' ', AT, AT);
  run(`delete from child where id = 5`);
  run(`insert into child_parent (id, child_id, relation, name, phone, created_at, updated_at) values (7, 1, 'father', '', '13900139000', ?, ?)`, AT, AT);
  run(`insert into child_parent (id, child_id, relation, name, created_at, updated_at) values (8, 2, 'mother', '王丽', ?, ?)`, AT, AT);
  run(`insert into visit (id, child_id, checked_in_at, created_at, updated_at) values (30, 1, ?, ?, ?)`, AT, AT, AT);
  run(`insert into book (id, title, title_sort, created_at, updated_at) values (1, '小王子', 'xiaowangzi', ?, ?)`, AT, AT);
  run(`insert into book_copy (id, book_id, barcode, status, created_at, updated_at) values (1, 1, 'B1', 'on_loan', ?, ?)`, AT, AT);
  run(`insert into loan (id, copy_id, child_id, lent_at, due_on, created_at, updated_at) values (40, 1, 1, ?, '2026-12-18', ?, ?)`, AT, AT, AT);
  run(`insert into call (id, child_id, parent_id, started_at, created_at, updated_at) values (50, 1, 7, ?, ?, ?)`, AT, AT, AT);
  await old.close();
  open.splice(open.indexOf(old), 1);
  return file;
}

describe('migration 0015: only the name is required', () => {
  it('is the one migration that rebuilds tables', () => {
    expect(migrations.filter((m) => m.rebuildsTables).map((m) => m.name)).toEqual(['0015_child_nullable']);
  });

  it('turns the placeholders into NULL, keeps every value and every reference, and foreign keys stay on', async () => {
    const file = await fileAt14();
    const o = await openAt(file);
    expect(schemaVersion(o.sqlite)).toBe(LATEST_VERSION);
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(o.sqlite.pragma('foreign_key_check')).toEqual([]);
    const children = o.sqlite.prepare('select id, name, birth_date, guardian_phone, guardian_name, grade from child order by id').all();
    expect(children).toEqual([
      { id: 1, name: '石磊', birth_date: null, guardian_phone: null, guardian_name: '李奶奶', grade: 3 },
      { id: 2, name: '王芳', birth_date: '2016-05-01', guardian_phone: '13800138000', guardian_name: '李奶奶', grade: 3 },
    ]);
    expect(o.sqlite.prepare('select id, child_id, name, phone from child_parent order by id').all()).toEqual([
      { id: 7, child_id: 1, name: null, phone: '13900139000' },
      { id: 8, child_id: 2, name: '王丽', phone: null },
    ]);
    expect(o.sqlite.prepare('select child_id from visit').pluck().all()).toEqual([1]);
    expect(o.sqlite.prepare('select child_id from loan').pluck().all()).toEqual([1]);
    expect(o.sqlite.prepare("select child_id || '/' || parent_id from call").pluck().all()).toEqual(['1/7']);
    // Other tables still name "child" (not a renamed copy) in their references.
    expect(o.sqlite.prepare(`select "table" from pragma_foreign_key_list('loan') where "from" = 'child_id'`).pluck().all()).toEqual(['child']);
    // The deleted child's id 5 is not handed out again.
    const next = o.sqlite.prepare(`insert into child (name, name_pinyin, name_initials, created_at, updated_at) values ('只有名字', '', '', ?, ?)`).run(AT, AT);
    expect(next.lastInsertRowid).toBe(6);
    expect(o.sqlite.prepare('select gender, grade, class_no, situation, guardian_relation from child where id = 6').get()).toEqual({
      gender: null,
      grade: null,
      class_no: null,
      situation: null,
      guardian_relation: null,
    });
  });

  it('keeps the indexes of both tables', async () => {
    const o = await openAt(await fileAt14());
    const indexes = o.sqlite.prepare(`select name from sqlite_master where type = 'index' and tbl_name in ('child', 'child_parent') and sql is not null order by name`).pluck().all();
    expect(indexes).toEqual(['child_grade_class', 'child_parent_child', 'child_student_no']);
    expect(() => o.sqlite.prepare(`update child set gender = 'x' where id = 1`).run()).toThrow(/CHECK/);
  });

  it('refuses to commit a rebuild that leaves a row pointing at nothing, and the file stays as it was', async () => {
    const file = await fileAt14();
    const o = await openAt(file, 14);
    // A reference already broken (written with foreign keys off) must stop the rebuild, not pass silently.
    o.sqlite.pragma('foreign_keys = OFF');
    o.sqlite.prepare(`insert into visit (child_id, checked_in_at, created_at, updated_at) values (99, ?, ?, ?)`).run(AT, AT, AT);
    o.sqlite.pragma('foreign_keys = ON');
    await expect(migrateTo(o.db, schemaVersion(o.sqlite))).rejects.toThrow(/0015_child_nullable: 1 rows fail their foreign key/);
    expect(schemaVersion(o.sqlite)).toBeLessThan(15);
    expect(o.sqlite.prepare(`select "notnull" from pragma_table_info('child') where name = 'birth_date'`).pluck().get()).toBe(1);
    expect(o.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
