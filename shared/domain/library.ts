// The room's library (issue 4): books, copies, loans and reviews.
import type { Via } from './room';

export const COPY_STATUSES = ['on_shelf', 'on_loan', 'lost', 'withdrawn'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

export interface BookCopy {
  id: number;
  bookId: number;
  /** The copy's own label: what the scanner reads to lend or return it. */
  barcode: string;
  status: CopyStatus;
  /** The open loan of a copy on loan. */
  loan: { id: number; childId: number; childName: string; dueOn: string } | null;
}

export interface Book {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  /** Normalised: digits (and a final X for ISBN-10), no hyphens. */
  isbn: string | null;
  category: string | null;
  gradeFrom: number | null;
  gradeTo: number | null;
  copies: BookCopy[];
  onShelf: number;
}

export interface Loan {
  id: number;
  copyId: number;
  barcode: string;
  bookId: number;
  title: string;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  lentAt: string;
  dueOn: string;
  returnedAt: string | null;
  renewals: number;
  /** Whole days past due (0 when not overdue or returned on time). */
  overdueDays: number;
  lentBy: string | null;
}

/** What a child sees of her own loans at the kiosk. */
export interface KioskLoan {
  title: string;
  dueOn: string;
  overdue: boolean;
}

export interface Review {
  id: number;
  childId: number;
  childName: string;
  bookId: number;
  title: string;
  text: string;
  /** 'kiosk' when the child typed it herself. */
  writtenVia: Via;
  writtenAt: string;
  /** One of Settings.reviewGrades, or null until a teacher grades it. */
  grade: string | null;
  gradedBy: string | null;
  semester: string;
}

export interface ReviewProgressRow {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  reviews: number;
  graded: number;
}

export interface PopularBook {
  bookId: number;
  title: string;
  loans: number;
}

export interface BarcodeLookup {
  book: Book;
  copy: BookCopy;
}
