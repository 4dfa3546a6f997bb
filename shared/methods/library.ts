import { z } from 'zod';
import type { BarcodeLookup, Book, ImportPreview, ImportResult, Loan, Page, PopularBook, Review, ReviewProgressRow } from '../domain';
import { returns } from '../registry';
import { barcode, id, optionalIsbn, optionalText, pageInput, requiredText } from '../validation';

const grade = z
  .number()
  .int()
  .min(1, { error: 'range' })
  .max(9, { error: 'range' })
  .nullish()
  .transform((v) => v ?? null);

export const bookInput = z
  .object({
    title: requiredText(120),
    author: optionalText(80),
    publisher: optionalText(80),
    isbn: optionalIsbn,
    category: optionalText(30),
    gradeFrom: grade,
    gradeTo: grade,
  })
  .refine((b) => b.gradeFrom === null || b.gradeTo === null || b.gradeFrom <= b.gradeTo, { error: 'range', path: ['gradeTo'] });

/** Semesters are named like 2026-autumn (September to January) and 2027-spring (February to August). */
export const semester = z.string().regex(/^\d{4}-(spring|autumn)$/, { error: 'invalid' });

const importFile = z.object({ fileName: z.string().trim().min(1).max(200), dataBase64: z.string().min(1).max(20_000_000) });

export const libraryContract = {
  /** A page of the catalogue in pinyin order of the title, searched by title, author, ISBN or a copy's label, and by category. */
  'books.list': returns<Page<Book>>()('teacher', z.object({ query: z.string().trim().max(60).optional(), category: z.string().trim().min(1).max(30).optional(), ...pageInput })),
  /** The categories the catalogue uses, for its filter. */
  'books.categories': returns<string[]>()('teacher', z.object({})),
  'books.get': returns<Book>()('teacher', z.object({ id })),
  /** A new title with its copies: each barcode given, or `copies` new labels numbered by the app. */
  'books.create': returns<Book>()('teacher', z.object({ book: bookInput, barcodes: z.array(barcode).max(50, { error: 'too_many' }).default([]), copies: z.number().int().min(0).max(50).default(0) })),
  'books.update': returns<Book>()('teacher', z.object({ id, book: bookInput })),
  'books.addCopy': returns<Book>()('teacher', z.object({ bookId: id, barcode: barcode.optional() })),
  /** Mark a copy lost or withdrawn, or back on the shelf when found; a copy on loan is returned first. */
  'books.setCopyStatus': returns<Book>()('teacher', z.object({ copyId: id, status: z.enum(['on_shelf', 'lost', 'withdrawn']), reason: requiredText(200) })),
  /** What a scanned label is: the copy and its title, with the open loan if any. */
  /** A PDF of labels (Code 128 barcode, title, label) for these copies on 3×8 A4 label paper, from position `startAt` of the first sheet. */
  'books.labelsPdf': returns<{ fileName: string; base64: string }>()(
    'teacher',
    z.object({ copyIds: z.array(id).min(1, { error: 'required' }).max(480, { error: 'too_many' }), startAt: z.number().int().min(1).max(24).default(1) }),
  ),
  'books.lookup': returns<BarcodeLookup>()('teacher', z.object({ barcode })),
  'books.popular': returns<PopularBook[]>()('teacher', z.object({ semester: semester.optional(), limit: z.number().int().min(1).max(50).default(10) })),
  'books.importPreview': returns<ImportPreview>()('admin', importFile),
  'books.importConfirm': returns<ImportResult>()('admin', importFile),

  'loans.lend': returns<Loan>()('teacher', z.object({ barcode, childId: id })),
  /** By the label alone: the copy knows who has it. */
  'loans.return': returns<Loan>()('teacher', z.object({ barcode })),
  'loans.renew': returns<Loan>()('teacher', z.object({ loanId: id })),
  'loans.active': returns<Loan[]>()('teacher', z.object({})),
  /** Overdue loans, most days overdue first. */
  'loans.overdue': returns<Loan[]>()('teacher', z.object({})),
  'loans.history': returns<Loan[]>()('teacher', z.object({ childId: id.optional(), bookId: id.optional() })),

  'reviews.create': returns<Review>()('teacher', z.object({ childId: id, bookId: id, text: requiredText(2000) })),
  'reviews.grade': returns<Review>()('teacher', z.object({ id, grade: requiredText(10) })),
  'reviews.list': returns<Review[]>()('teacher', z.object({ semester: semester.optional(), childId: id.optional() })),
  /** Every child and how many reviews she has, graded or not, this semester: who still owes one. */
  'reviews.progress': returns<ReviewProgressRow[]>()('teacher', z.object({ semester: semester.optional() })),
};
