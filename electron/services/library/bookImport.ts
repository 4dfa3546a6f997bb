// Catalogue import: a donor's or the county library's book list (.xlsx or .csv) becomes titles and
// copies. As with the roster, preview() reads and checks every row and writes nothing; confirm()
// reads the same file the same way and writes the rows without problems, in one transaction.
// The catalogue has no natural key, so a row is a new title, except that a row whose ISBN the
// catalogue (or an earlier row of the file) already has adds its copies to that title.
import type { ImportPreview, ImportPreviewRow, ImportResult, ImportRowProblem } from '../../../shared/domain';
import { fieldCodeOf, type FieldCode } from '../../../shared/errors';
import { bookInput } from '../../../shared/methods/library';
import { barcode as barcodeSchema } from '../../../shared/validation';
import { createBooksService, type BookValues } from './books';
import { bookColumnLabel, issueColumn, matchBookHeader, parseBookRow, type BookColumn } from './bookImport/row';
import { readSheet, type DataRow, type SheetData } from '../children/childImport/read';
import type { ServiceDeps } from '../deps';

export interface ImportFile {
  fileName: string;
  dataBase64: string;
}

/** As books.create allows: at most 50 copies of a title at once. */
const MAX_COPIES = 50;

interface PlannedRow {
  preview: ImportPreviewRow;
  /** What to write; null when the row has problems. */
  write: { values: BookValues; barcodes: string[]; extra: number; isbn: string | null; existingBookId: number | null } | null;
}

export function createBookImportService(deps: ServiceDeps) {
  const books = createBooksService(deps);

  async function loadCatalogue() {
    const titles = await deps.db.selectFrom('book').select(['id', 'isbn']).where('isbn', 'is not', null).orderBy('id').execute();
    const byIsbn = new Map<string, number>();
    // Two titles may share an ISBN (another printing); copies go to the first one catalogued.
    for (const t of titles) if (t.isbn && !byIsbn.has(t.isbn)) byIsbn.set(t.isbn, t.id);
    const labels = await deps.db.selectFrom('book_copy').select('barcode').execute();
    return { byIsbn, labels: new Set(labels.map((l) => l.barcode)) };
  }

  function planRow(sheet: SheetData<BookColumn>, row: DataRow<BookColumn>, catalogue: Awaited<ReturnType<typeof loadCatalogue>>, fileIsbns: Set<string>): PlannedRow {
    const parsed = parseBookRow(row.cells);
    const problems = new Problems(sheet.headers, parsed.problems);

    // Every row's labels are claimed, valid or not: the later of two rows giving a label is refused.
    for (const label of parsed.barcodes) {
      if (!barcodeSchema.safeParse(label).success) problems.add('barcodes', 'invalid');
      else if (catalogue.labels.has(label)) problems.add('barcodes', 'duplicate');
      catalogue.labels.add(label);
    }
    const copies = parsed.copies ?? Math.max(1, parsed.barcodes.length);
    if (parsed.copies !== null && (copies < 1 || copies > MAX_COPIES)) problems.addIssue('copies', 'range');
    else if (parsed.barcodes.length > copies) problems.add('barcodes', 'too_many');

    const result = bookInput.safeParse(parsed.draft);
    if (!result.success) {
      for (const issue of result.error.issues) problems.addIssue(issueColumn(issue.path[0]), fieldCodeOf(issue.message, issue.code));
    }
    const list = problems.list();
    const values = result.success && list.length === 0 ? result.data : null;
    const isbn = values?.isbn ?? null;
    const existingBookId = isbn === null ? null : (catalogue.byIsbn.get(isbn) ?? null);
    const update = isbn !== null && (existingBookId !== null || fileIsbns.has(isbn));
    if (values && isbn !== null) fileIsbns.add(isbn);

    return {
      // ImportPreviewRow is the roster's shape: the title goes in `name`, the child-only fields stay empty.
      preview: {
        rowNumber: row.rowNumber,
        status: values ? (update ? 'update' : 'new') : 'error',
        name: typeof parsed.draft.title === 'string' ? parsed.draft.title.trim() : '',
        grade: null,
        classNo: null,
        studentNo: null,
        problems: list,
      },
      write: values ? { values, barcodes: parsed.barcodes, extra: copies - parsed.barcodes.length, isbn, existingBookId } : null,
    };
  }

  async function plan(file: ImportFile): Promise<PlannedRow[]> {
    const sheet = await readSheet(file.fileName, Buffer.from(file.dataBase64, 'base64'), { match: matchBookHeader, required: 'title' });
    const catalogue = await loadCatalogue();
    const fileIsbns = new Set<string>();
    return sheet.rows.map((row) => planRow(sheet, row, catalogue, fileIsbns));
  }

  async function preview(file: ImportFile): Promise<ImportPreview> {
    const rows = (await plan(file)).map((r) => r.preview);
    const counts = { new: 0, update: 0, error: 0 };
    for (const r of rows) counts[r.status] += 1;
    return { rows, counts };
  }

  async function confirm(file: ImportFile): Promise<ImportResult> {
    const planned = await plan(file);
    // Labels the file gives are kept free of generated ones for earlier rows.
    await books.reserveLabels(planned.flatMap((r) => r.write?.barcodes ?? []));
    const createdByIsbn = new Map<string, number>();
    const result = { created: 0, updated: 0, skipped: 0 };
    for (const { write } of planned) {
      if (!write) {
        result.skipped += 1;
        continue;
      }
      const target = write.existingBookId ?? (write.isbn === null ? undefined : createdByIsbn.get(write.isbn));
      if (target !== undefined) {
        await books.addCopies(target, write.barcodes, write.extra);
        result.updated += 1;
      } else {
        const book = await books.create({ book: write.values, barcodes: write.barcodes, copies: write.extra });
        if (write.isbn !== null) createdByIsbn.set(write.isbn, book.id);
        result.created += 1;
      }
    }
    await deps.audit.record('books.import', 'book', null, { fileName: file.fileName, ...result });
    return result;
  }

  return { preview, confirm };
}

/** A row's problems, one per column and code; a cell that could not be read speaks for its column. */
class Problems {
  private readonly items: { column: BookColumn; code: string }[] = [];

  constructor(
    private readonly headers: ReadonlyMap<BookColumn, string>,
    private readonly unreadable: ReadonlyMap<BookColumn, FieldCode>,
  ) {
    for (const [column, code] of unreadable) this.add(column, code);
  }

  add(column: BookColumn, code: string): void {
    if (!this.items.some((p) => p.column === column && p.code === code)) this.items.push({ column, code });
  }

  /** Skipped on a column already reported unreadable: its value never got through. */
  addIssue(column: BookColumn, code: string): void {
    if (!this.unreadable.has(column)) this.add(column, code);
  }

  list(): ImportRowProblem[] {
    return this.items.map((p) => ({ column: bookColumnLabel(p.column, this.headers), code: p.code }));
  }
}
