// The room's catalogue: titles, their copies (each with its own label), a copy's status and what a
// scanned label is. Audit details name rows, labels and statuses: never a child's name.
import { sql } from 'kysely';
import { pinyin } from 'pinyin-pro';
import type { z } from 'zod';
import type { ParsedInput } from '../../../shared/contract';
import type { BarcodeLookup, Book, BookCopy, Page, PopularBook } from '../../../shared/domain';
import { AppError, type FieldIssue } from '../../../shared/errors';
import type { bookInput } from '../../../shared/methods/library';
import { normalizeIsbn } from '../../../shared/validation';
import type { BookRow } from '../../db/schema';
import { addDays, dayStart } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { semesterOf, semesterRange } from '../semester';
import { readSettings } from '../settings/settings';

export type BookValues = z.output<typeof bookInput>;

/** Labels are kept in upper case, so a label typed by hand ("b00012") finds the printed one. */
export function normalizeBarcode(raw: string): string {
  return raw.trim().toUpperCase();
}

/**
 * What the catalogue sorts a title by, so the database can page it in pinyin order as a Chinese
 * reader expects: each Han character's pinyin as a word (巴黎 "ba li" before 白 "bai"), Latin and
 * digit runs as words of their own among them (ABC儿歌 files under a), punctuation ignored, numbers
 * zero-padded so 第2册 comes before 第10册. Migration 0011 back-filled existing titles with a copy.
 */
export function titleSortKey(title: string): string {
  const words = pinyin(title.normalize('NFKC'), { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join(' ')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\d+/g, (digits) => ` ${digits.padStart(8, '0')} `);
  return words
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(' ');
}

export interface CatalogueQuery {
  query?: string;
  category?: string;
  offset: number;
  limit: number;
}

const GENERATED = /^B(\d+)$/;

export function createBooksService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;
  /** Numbers of the B-labels in use, loaded on first need and kept up to date by this service. */
  let generatedTaken: Set<number> | null = null;
  let nextNumber = 1;

  async function takenNumbers(): Promise<Set<number>> {
    if (!generatedTaken) {
      const rows = await db.selectFrom('book_copy').select('barcode').where('barcode', 'like', 'B%').execute();
      generatedTaken = new Set();
      for (const r of rows) noteTaken(r.barcode);
    }
    return generatedTaken;
  }

  function noteTaken(label: string): void {
    const m = GENERATED.exec(label);
    // Numeric, so a hand-made 'B12' also keeps 'B00012' from being generated: never a near-twin.
    if (m && generatedTaken) generatedTaken.add(Number(m[1]));
  }

  /** The next free 'B' + 5-digit label (B00001, B00002, …), skipping labels already taken. */
  async function nextLabel(): Promise<string> {
    const taken = await takenNumbers();
    while (taken.has(nextNumber)) nextNumber += 1;
    taken.add(nextNumber);
    return `B${String(nextNumber).padStart(5, '0')}`;
  }

  /** Labels an import will give later rows, so labels generated for earlier rows avoid them. */
  async function reserveLabels(labels: string[]): Promise<void> {
    await takenNumbers();
    for (const label of labels) noteTaken(normalizeBarcode(label));
  }

  /** Copies of a page of titles at most (PAGE_MAX ids: well under SQLite's variable limit). */
  async function copiesOf(bookIds: number[]): Promise<Map<number, BookCopy[]>> {
    const byBook = new Map<number, BookCopy[]>(bookIds.map((id) => [id, []]));
    if (bookIds.length === 0) return byBook;
    const rows = await db
      .selectFrom('book_copy as c')
      .leftJoin('loan as l', (join) => join.onRef('l.copy_id', '=', 'c.id').on('l.returned_at', 'is', null))
      .leftJoin('child as ch', 'ch.id', 'l.child_id')
      .select(['c.id', 'c.book_id', 'c.barcode', 'c.status', 'l.id as loan_id', 'l.child_id', 'ch.name as child_name', 'l.due_on'])
      .where('c.book_id', 'in', bookIds)
      .orderBy('c.id')
      .execute();
    for (const r of rows) {
      const loan = r.loan_id !== null && r.child_id !== null && r.child_name !== null && r.due_on !== null ? { id: r.loan_id, childId: r.child_id, childName: r.child_name, dueOn: r.due_on } : null;
      byBook.get(r.book_id)?.push({ id: r.id, bookId: r.book_id, barcode: r.barcode, status: r.status, loan });
    }
    return byBook;
  }

  function toBook(row: BookRow, copies: BookCopy[]): Book {
    return {
      id: row.id,
      title: row.title,
      author: row.author,
      publisher: row.publisher,
      isbn: row.isbn,
      category: row.category,
      gradeFrom: row.grade_from,
      gradeTo: row.grade_to,
      copies,
      onShelf: copies.filter((c) => c.status === 'on_shelf').length,
    };
  }

  async function withCopies(rows: BookRow[]): Promise<Book[]> {
    const copies = await copiesOf(rows.map((r) => r.id));
    return rows.map((r) => toBook(r, copies.get(r.id) ?? []));
  }

  async function get(id: number): Promise<Book> {
    const row = await db.selectFrom('book').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'book' });
    return (await withCopies([row]))[0]!; // one row in, one book out
  }

  /**
   * A page of titles whose title or author contains the text, whose ISBN it normalises to, or with a
   * copy of that label; in pinyin order of the title, ties by id. Copies are read for the page only.
   */
  async function list({ query, category, offset, limit }: CatalogueQuery): Promise<Page<Book>> {
    let q = db.selectFrom('book');
    if (category !== undefined) q = q.where('category', '=', category);
    const text = query?.trim();
    if (text) {
      const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`${eb.ref('title')} like ${pattern} escape '\\'`,
          sql<boolean>`${eb.ref('author')} like ${pattern} escape '\\'`,
          eb('isbn', '=', normalizeIsbn(text)),
          eb('id', 'in', eb.selectFrom('book_copy').select('book_id').where('barcode', '=', normalizeBarcode(text))),
        ]),
      );
    }
    const rows = await q.selectAll().orderBy('title_sort').orderBy('id').limit(limit).offset(offset).execute();
    const { total } = await q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
    return { rows: await withCopies(rows), total: Number(total) };
  }

  /** Every category a title has, in pinyin order. */
  async function categories(): Promise<string[]> {
    const rows = await db.selectFrom('book').select('category').distinct().where('category', 'is not', null).execute();
    return rows
      .map((r) => r.category)
      .filter((c): c is string => c !== null)
      .sort(new Intl.Collator('zh-CN').compare);
  }

  /** Labels already on a copy or repeated in the list, as 'duplicate' issues at pathOf(i). */
  async function labelIssues(labels: string[], pathOf: (i: number) => FieldIssue['path']): Promise<FieldIssue[]> {
    if (labels.length === 0) return [];
    const existing = await db.selectFrom('book_copy').select('barcode').where('barcode', 'in', labels).execute();
    const taken = new Set(existing.map((r) => r.barcode));
    const issues: FieldIssue[] = [];
    labels.forEach((label, i) => {
      if (taken.has(label)) issues.push({ path: pathOf(i), code: 'duplicate' });
      taken.add(label);
    });
    return issues;
  }

  /** One copy on the shelf; the label must be free (checked by the caller, held by a unique index). */
  async function insertCopy(bookId: number, label: string): Promise<number> {
    const at = clock.stamp();
    const row = await db
      .insertInto('book_copy')
      .values({ book_id: bookId, barcode: label, status: 'on_shelf', status_reason: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    noteTaken(label);
    await audit.record('books.addCopy', 'book_copy', row.id, { bookId, barcode: label });
    return row.id;
  }

  function columns(values: BookValues) {
    return {
      title: values.title,
      author: values.author,
      publisher: values.publisher,
      isbn: values.isbn,
      category: values.category,
      grade_from: values.gradeFrom,
      grade_to: values.gradeTo,
    };
  }

  /**
   * A new title with a copy per given label and `extra` copies with generated labels. An ISBN
   * already in the catalogue is allowed: another printing is still a title of its own here.
   */
  async function create({ book: values, barcodes, copies: extra }: ParsedInput<'books.create'>): Promise<Book> {
    const labels = barcodes.map(normalizeBarcode);
    const issues = await labelIssues(labels, (i) => ['barcodes', i]);
    if (labels.length + extra === 0) issues.push({ path: ['barcodes'], code: 'required' });
    if (issues.length) throw new AppError('invalid_input', { issues });
    const at = clock.stamp();
    const row = await db
      .insertInto('book')
      .values({ ...columns(values), title_sort: titleSortKey(values.title), created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('books.create', 'book', row.id, { isbn: values.isbn, copies: labels.length + extra });
    await reserveLabels(labels);
    for (const label of labels) await insertCopy(row.id, label);
    for (let i = 0; i < extra; i += 1) await insertCopy(row.id, await nextLabel());
    return get(row.id);
  }

  async function update({ id, book: values }: ParsedInput<'books.update'>): Promise<Book> {
    const before = await db.selectFrom('book').selectAll().where('id', '=', id).executeTakeFirst();
    if (!before) throw new AppError('not_found', { entity: 'book' });
    const after = columns(values);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]);
    await db
      .updateTable('book')
      .set({ ...after, title_sort: titleSortKey(values.title), updated_at: clock.stamp() })
      .where('id', '=', id)
      .execute();
    await audit.record('books.update', 'book', id, {
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    });
    return get(id);
  }

  /** Copies for a title: a copy per given label (each must be free), and `extra` generated ones. */
  async function addCopies(bookId: number, barcodes: string[], extra: number): Promise<Book> {
    const exists = await db.selectFrom('book').select('id').where('id', '=', bookId).executeTakeFirst();
    if (!exists) throw new AppError('not_found', { entity: 'book' });
    const labels = barcodes.map(normalizeBarcode);
    const issues = await labelIssues(labels, (i) => (labels.length === 1 ? ['barcode'] : ['barcodes', i]));
    if (issues.length) throw new AppError('invalid_input', { issues });
    await reserveLabels(labels);
    for (const label of labels) await insertCopy(bookId, label);
    for (let i = 0; i < extra; i += 1) await insertCopy(bookId, await nextLabel());
    return get(bookId);
  }

  /** books.addCopy: one copy, its label given or generated. */
  function addCopy({ bookId, barcode }: ParsedInput<'books.addCopy'>): Promise<Book> {
    return addCopies(bookId, barcode === undefined ? [] : [barcode], barcode === undefined ? 1 : 0);
  }

  /**
   * Lost, withdrawn, or back on the shelf when found. A copy on loan that is marked lost or
   * withdrawn has its loan closed now (returned_at = now, by this teacher) with its own audit row
   * (loans.lost / loans.withdrawn): the child no longer holds it, so it must not count against her
   * limit or show as overdue. Putting a copy on loan back on the shelf is refused: that is a return.
   * The reason stays on the copy's row, not in the audit log, as it may name the child.
   */
  async function setCopyStatus({ copyId, status, reason }: ParsedInput<'books.setCopyStatus'>): Promise<Book> {
    const copy = await db.selectFrom('book_copy').selectAll().where('id', '=', copyId).executeTakeFirst();
    if (!copy) throw new AppError('not_found', { entity: 'copy' });
    if (copy.status === 'on_loan' && status === 'on_shelf') throw new AppError('conflict', { entity: 'copy_on_loan' });
    const at = clock.stamp();
    if (copy.status === 'on_loan') {
      const loan = await db.selectFrom('loan').select(['id', 'child_id']).where('copy_id', '=', copyId).where('returned_at', 'is', null).executeTakeFirst();
      if (loan) {
        await db.updateTable('loan').set({ returned_at: at, returned_by_staff_id: actor.staffId, updated_at: at }).where('id', '=', loan.id).execute();
        await audit.record(`loans.${status}`, 'loan', loan.id, { copyId, childId: loan.child_id });
      }
    }
    await db.updateTable('book_copy').set({ status, status_reason: reason, updated_at: at }).where('id', '=', copyId).execute();
    await audit.record('books.setCopyStatus', 'book_copy', copyId, { bookId: copy.book_id, from: copy.status, to: status });
    return get(copy.book_id);
  }

  async function lookup({ barcode }: ParsedInput<'books.lookup'>): Promise<BarcodeLookup> {
    const copy = await db.selectFrom('book_copy').select(['id', 'book_id']).where('barcode', '=', normalizeBarcode(barcode)).executeTakeFirst();
    if (!copy) throw new AppError('not_found', { entity: 'copy' });
    const book = await get(copy.book_id);
    const found = book.copies.find((c) => c.id === copy.id);
    if (!found) throw new AppError('internal');
    return { book, copy: found };
  }

  /** Titles by loans lent in the semester (default: the current one), most first. */
  async function popular({ semester, limit }: ParsedInput<'books.popular'>): Promise<PopularBook[]> {
    const { from, to } = semesterRange(semester ?? semesterOf(clock.today()));
    const { timezone } = await readSettings(db);
    const rows = await db
      .selectFrom('loan as l')
      .innerJoin('book_copy as c', 'c.id', 'l.copy_id')
      .innerJoin('book as b', 'b.id', 'c.book_id')
      .select(['b.id', 'b.title', (eb) => eb.fn.countAll<number>().as('loans')])
      // Stamps carry the room's one offset, so they compare as text.
      .where('l.lent_at', '>=', dayStart(from, timezone))
      .where('l.lent_at', '<', dayStart(addDays(to, 1), timezone))
      .groupBy(['b.id', 'b.title'])
      .orderBy('loans', 'desc')
      .orderBy('b.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ bookId: r.id, title: r.title, loans: Number(r.loans) }));
  }

  return { list, categories, get, create, update, addCopy, addCopies, reserveLabels, setCopyStatus, lookup, popular };
}
