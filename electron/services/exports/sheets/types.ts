// A log sheet of the weekly bundle: its key, its columns and its rows for one week. Adding a log
// to the bundle is one more module like this, listed in sheets/index.ts.
import type { ExportSheet } from '../../../../shared/domain';
import type { WeekFacts } from '../facts';
import type { ServiceDeps } from '../../deps';
import type { Texts } from '../texts';
import type { WeekRange } from '../week';

export type Cell = string | number | null;

/** What the sheets read with: no audit, since they only read (from a snapshot). */
export interface SheetContext extends Omit<ServiceDeps, 'audit'> {
  range: WeekRange;
  /** The admin ticked "include contact details": phone numbers and notes may go in. */
  includeContacts: boolean;
  texts: Texts;
}

export interface SheetData {
  /** Keys under bundle.json column.*; the writer puts the header words and a row number in front. */
  columns: string[];
  rows: Cell[][];
  /** The last row is the sheet's own total (care: per surrogate parent, then all): no count line under it. */
  endsWithTotal?: boolean;
}

export interface LogSheet {
  key: Exclude<ExportSheet, 'summary'>;
  /** `facts`: what the week's figures read already, from the same moment. */
  read(ctx: SheetContext, facts: WeekFacts): Promise<SheetData>;
}

/** A worksheet as written: its title, the header words, the rows (row number first where there is one). */
export interface Table {
  title: string;
  header: string[];
  rows: Cell[][];
  /** A title line above the header (the register's school, room and date); the workbook only. */
  caption?: string;
  /** Words for a bold line under the rows ("合计：16 条"); the workbook only, never a CSV. */
  total?: string;
}

/** One of the week's sheets as written. */
export interface SheetTable extends Table {
  key: ExportSheet;
}
