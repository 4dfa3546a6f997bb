// The catalogue sheet's columns, the header texts libraries and donors use for them, and one row's
// cells turned into a title's values, a copy count and the copies' labels.
import type { z } from 'zod';
import type { FieldCode } from '../../../../shared/errors';
import type { bookInput } from '../../../../shared/methods/library';
import { parseGrade } from '../../children/childImport/parse';

/** The first alias is the canonical header: problems on a missing column are reported under it. */
export const BOOK_COLUMNS = {
  title: ['书名', '题名', 'title'],
  author: ['作者', 'author'],
  publisher: ['出版社', 'publisher'],
  isbn: ['ISBN', '书号'],
  category: ['分类', '类别', 'category'],
  grades: ['适读年级', '年级', 'grades'],
  copies: ['册数', '数量', 'copies'],
  barcodes: ['条码', 'barcode', 'barcodes'],
} as const satisfies Record<string, readonly string[]>;

export type BookColumn = keyof typeof BOOK_COLUMNS;

const BY_ALIAS = new Map<string, BookColumn>();
for (const column of Object.keys(BOOK_COLUMNS) as BookColumn[]) {
  for (const alias of [...BOOK_COLUMNS[column], column]) BY_ALIAS.set(alias.toLowerCase(), column);
}

export function matchBookHeader(text: string): BookColumn | null {
  return BY_ALIAS.get(text.trim().toLowerCase()) ?? null;
}

export function bookColumnLabel(column: BookColumn, headers: ReadonlyMap<BookColumn, string>): string {
  return headers.get(column) ?? BOOK_COLUMNS[column][0];
}

/** The bookInput field a validation issue names → the column it came from. */
export function issueColumn(field: PropertyKey | undefined): BookColumn {
  if (field === 'gradeFrom' || field === 'gradeTo') return 'grades';
  if (field === 'author' || field === 'publisher' || field === 'isbn' || field === 'category') return field;
  return 'title';
}

/** Full-width digits, letters and ～ made half-width (Chinese IMEs type them). */
function halfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** "3-6", "3～6年级", "三至六年级", "3" (that grade only), "初一到初三". */
export function parseGrades(text: string): { from: number; to: number } | null {
  const parts = halfWidth(text)
    .replace(/\s+/g, '')
    .split(/[-~—–至到]/);
  if (parts.length > 2 || parts.some((p) => p === '')) return null;
  const grades = parts.map(parseGrade);
  const [from = null, to = from] = grades;
  return from === null || to === null ? null : { from, to };
}

/** "3", "3册", "3本". */
export function parseCopies(text: string): number | null {
  const m = /^(\d+)[册本]?$/.exec(halfWidth(text).replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

/** Labels separated by commas (either width), 、, semicolons or spaces; upper case as stored. */
export function parseBarcodes(text: string): string[] {
  return halfWidth(text)
    .split(/[\s,、;]+/)
    .filter(Boolean)
    .map((s) => s.toUpperCase());
}

export type BookDraft = Partial<z.input<typeof bookInput>>;

export interface BookSheetRow {
  draft: BookDraft;
  /** The copies column, when the row fills it in. */
  copies: number | null;
  barcodes: string[];
  /** Cells that could not be read, each reported once. */
  problems: Map<BookColumn, FieldCode>;
}

export function parseBookRow(cells: ReadonlyMap<BookColumn, string>): BookSheetRow {
  const problems = new Map<BookColumn, FieldCode>();
  const read = <T>(column: BookColumn, parse: (text: string) => T | null): T | null => {
    const text = cells.get(column);
    if (text === undefined) return null;
    const value = parse(text);
    if (value === null) problems.set(column, 'invalid');
    return value;
  };
  const grades = read('grades', parseGrades);
  const draft: BookDraft = {
    title: cells.get('title') ?? '',
    author: cells.get('author') ?? null,
    publisher: cells.get('publisher') ?? null,
    isbn: cells.get('isbn') ?? null,
    category: cells.get('category') ?? null,
    gradeFrom: grades?.from ?? null,
    gradeTo: grades?.to ?? null,
  };
  return { draft, copies: read('copies', parseCopies), barcodes: read('barcodes', parseBarcodes) ?? [], problems };
}
