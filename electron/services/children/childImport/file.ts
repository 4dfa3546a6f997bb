// Reading the file and its header, before and outside any transaction: this is the slow part, and a
// huge or hostile file is refused here (limits.ts) before a parser sees it.
import type { Kysely } from 'kysely';
import type { ChildImportColumn, ChildImportField, ChildImportMapping } from '../../../../shared/domain';
import { AppError } from '../../../../shared/errors';
import type { Database } from '../../../db/schema';
import { findHeader, mapColumns, toGrid, type Grid, type Header } from './header';
import { MAX_ROWS } from './limits';
import { loadSheets } from './read';
import { readRemembered } from './remember';

export interface ChildImportRequest {
  fileName: string;
  dataBase64: string;
  /** The admin's choices in the mapping step; absent: the suggestions. */
  mapping?: ChildImportMapping[];
  /** Rows skipped by rule (not left-behind) that the admin includes. */
  include?: number[];
}

export interface ReadFile {
  grid: Grid;
  header: Header;
  columns: ChildImportColumn[];
  remembered: Map<string, ChildImportField | null>;
}

export async function readChildFile(db: Kysely<Database>, request: ChildImportRequest): Promise<ReadFile> {
  const remembered = await readRemembered(db);
  for (const sheet of await loadSheets(request.fileName, Buffer.from(request.dataBase64, 'base64'))) {
    const grid = toGrid(sheet);
    const header = findHeader(grid, remembered);
    if (!header) continue;
    if (grid.rows.length - header.dataFrom > MAX_ROWS) throw new AppError('import_too_large', { entity: 'rows' });
    return { grid, header, columns: mapColumns(grid, header, request.mapping ?? []), remembered };
  }
  throw new AppError('import_unreadable');
}
