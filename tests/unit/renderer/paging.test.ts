import { describe, expect, it } from 'vitest';
import type { Page } from '../../../shared/domain';
import { fetchPage, pageAfter, type RowWindow } from '../../../renderer/src/components/paging';

/** A list of `total` numbered rows, recording which windows were asked for. */
function list(total: number) {
  const asked: RowWindow[] = [];
  const fetch = async (w: RowWindow): Promise<Page<number>> => {
    asked.push(w);
    return { rows: Array.from({ length: Math.max(0, Math.min(w.limit, total - w.offset)) }, (_, i) => w.offset + i), total };
  };
  return { asked, fetch };
}

describe('paged lists in the renderer', () => {
  it('asks for the rows of a page numbered from 1', async () => {
    const { asked, fetch } = list(45);
    expect(await fetchPage(fetch, 3, 20)).toEqual({ page: 3, found: { rows: [40, 41, 42, 43, 44], total: 45 } });
    expect(asked).toEqual([{ offset: 40, limit: 20 }]);
  });

  it('steps back to the new last page when the rows of the page shown went away', async () => {
    const { asked, fetch } = list(40);
    const shown = await fetchPage(fetch, 3, 20);
    expect(shown.page).toBe(2);
    expect(shown.found.rows[0]).toBe(20);
    expect(asked).toEqual([
      { offset: 40, limit: 20 },
      { offset: 20, limit: 20 },
    ]);
  });

  it('shows page 1 of an empty list without asking twice', async () => {
    const { asked, fetch } = list(0);
    expect(await fetchPage(fetch, 1, 20)).toEqual({ page: 1, found: { rows: [], total: 0 } });
    expect(asked).toHaveLength(1);
  });

  it('starts again at page 1 when the page size changes', () => {
    expect(pageAfter(4, 20, 20)).toBe(4);
    expect(pageAfter(4, 50, 20)).toBe(1);
  });
});
