// Frozen in time: a migration never imports app code.
import type { Kysely } from 'kysely';
import { sql } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('book')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('publisher', 'text')
    .addColumn('isbn', 'text')
    .addColumn('category', 'text')
    .addColumn('grade_from', 'integer')
    .addColumn('grade_to', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('book_isbn').on('book').column('isbn').execute();

  await db.schema
    .createTable('book_copy')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('book_id', 'integer', (c) => c.notNull().references('book.id'))
    .addColumn('barcode', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('on_shelf', 'on_loan', 'lost', 'withdrawn')`))
    .addColumn('status_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('book_copy_book').on('book_copy').column('book_id').execute();

  await db.schema
    .createTable('loan')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('copy_id', 'integer', (c) => c.notNull().references('book_copy.id'))
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('lent_at', 'text', (c) => c.notNull())
    .addColumn('lent_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('renewals', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('returned_at', 'text')
    .addColumn('returned_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // A copy is lent to one child at a time, whatever the caller does.
  await sql`create unique index loan_one_open on loan (copy_id) where returned_at is null`.execute(db);
  await sql`create index loan_open_child on loan (child_id) where returned_at is null`.execute(db);
  await db.schema.createIndex('loan_child').on('loan').columns(['child_id', 'lent_at']).execute();
  await db.schema.createIndex('loan_copy').on('loan').columns(['copy_id', 'lent_at']).execute();
  await db.schema.createIndex('loan_lent_at').on('loan').column('lent_at').execute();

  await db.schema
    .createTable('review')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('book_id', 'integer', (c) => c.notNull().references('book.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('written_via', 'text', (c) => c.notNull().check(sql`written_via in ('kiosk', 'staff')`))
    .addColumn('written_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addColumn('semester', 'text', (c) => c.notNull())
    .addColumn('grade', 'text')
    .addColumn('graded_by_staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('graded_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_semester_child').on('review').columns(['semester', 'child_id']).execute();
}
