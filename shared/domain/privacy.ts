// Minors' data (PIPL): who opened which child's file, erasure after the retention period, her own data.

export const ACCESS_KINDS = ['file', 'care', 'growth_file', 'data_export', 'health', 'incident'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export interface AccessLogEntry {
  id: number;
  at: string;
  staffId: number | null;
  staffName: string | null;
  role: string;
  childId: number;
  childName: string;
  what: AccessKind;
}

export interface AccessLogPage {
  rows: AccessLogEntry[];
  /** Rows matching the filters, over all pages. */
  total: number;
  page: number;
  pageSize: number;
}

/** The anonymous name an erased child keeps, so lists and old records still show a row. */
export const erasedName = (id: number) => `#${id}`;

/** A child who left long enough ago that an admin may erase her personal data. */
export interface ErasableChild {
  id: number;
  name: string;
  gender: 'female' | 'male' | null;
  grade: number | null;
  classNo: number | null;
  archivedAt: string;
  archiveReason: string | null;
  /** The day the retention period ended (YYYY-MM-DD). */
  erasableSince: string;
}

export interface ErasureResult {
  childId: number;
  /** The anonymous name the row keeps, e.g. '#12'. */
  placeholder: string;
  erasedAt: string;
  /** False when compacting the database file failed: the data is erased, old copies may linger in free pages. */
  fileCompacted: boolean;
}

export interface ChildDataExport {
  /** The folder written, inside the one chosen. */
  path: string;
  files: string[];
  /** Rows per section, e.g. { visits: 12, calls: 3 }. */
  counts: Record<string, number>;
}
