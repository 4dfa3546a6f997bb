// The library's tables (the catalogue, its copies, loans and reviews), beside schema.ts, which joins them
// into Database; kept apart so each schema file stays short enough to read.
import type { Generated } from 'kysely';
import type * as Domain from '../../shared/domain';
import type { Timestamps } from './schema';

export interface BookTable extends Timestamps {
  id: Generated<number>;
  title: string;
  /** The title's pinyin words (titleSortKey), which the catalogue is ordered by; written with the title. */
  title_sort: string;
  author: string | null;
  publisher: string | null;
  isbn: string | null;
  category: string | null;
  grade_from: number | null;
  grade_to: number | null;
}

export interface BookCopyTable extends Timestamps {
  id: Generated<number>;
  book_id: number;
  barcode: string;
  status: Domain.CopyStatus;
  /** Why a copy was marked lost or withdrawn. */
  status_reason: string | null;
}

export interface LoanTable extends Timestamps {
  id: Generated<number>;
  copy_id: number;
  child_id: number;
  lent_at: string;
  lent_by_staff_id: number | null;
  /** YYYY-MM-DD in the room's zone. */
  due_on: string;
  renewals: Generated<number>;
  returned_at: string | null;
  returned_by_staff_id: number | null;
}

export interface ReviewTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  book_id: number;
  text: string;
  written_via: Domain.Via;
  written_by_staff_id: number | null;
  written_at: string;
  /** e.g. 2026-autumn */
  semester: string;
  grade: string | null;
  graded_by_staff_id: number | null;
  graded_at: string | null;
}

/** Joined into schema.ts's Database. */
export interface LibraryTables {
  book: BookTable;
  book_copy: BookCopyTable;
  loan: LoanTable;
  review: ReviewTable;
}
