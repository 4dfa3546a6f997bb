// Lists paged by the main process (a district's lists run to thousands of rows): the tables' page
// numbers (from 1) as offset and limit, and the step back when the rows of the last page went away.
import type { TablePaginationConfig } from 'antd';
import type { Page } from '../../../shared/domain';

/** Rows per page a teacher may choose for a long list; the first is where each list starts. */
export const PAGE_SIZES = [20, 50, 100] as const;

export interface RowWindow {
  offset: number;
  limit: number;
}

/** Rows of a page, numbered from 1 as the tables number them. */
export function windowOf(page: number, pageSize: number): RowWindow {
  return { offset: (page - 1) * pageSize, limit: pageSize };
}

/**
 * The page asked for; or, when it lies past the end because its last rows were archived, enrolled or
 * booked meanwhile, the page that is now the last.
 */
export async function fetchPage<T>(fetch: (rows: RowWindow) => Promise<Page<T>>, page: number, pageSize: number): Promise<{ page: number; found: Page<T> }> {
  const found = await fetch(windowOf(page, pageSize));
  const last = Math.max(1, Math.ceil(found.total / pageSize));
  if (found.rows.length > 0 || page <= last) return { page, found };
  return { page: last, found: await fetch(windowOf(last, pageSize)) };
}

/** The page to show after the pager changed: a new page size starts at page 1, as the rows before it moved. */
export function pageAfter(page: number, pageSize: number, previousPageSize: number): number {
  return pageSize === previousPageSize ? page : 1;
}

/** A table's pager over a list paged by the main process: the page shown, the rows in all, the page sizes to choose. */
export function serverPager(current: number, pageSize: number, total: number, showTotal: (total: number) => string, onChange: (page: number, pageSize: number) => void): TablePaginationConfig {
  return { current, pageSize, total, showSizeChanger: true, pageSizeOptions: [...PAGE_SIZES], showTotal, onChange };
}
