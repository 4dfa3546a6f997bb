// The search-as-you-type behind every child picker: the first matches only (a district has 10,000
// children), asked 150 ms after the typing stops, shown once they answer what was typed last
// (answeredSearch.tsx), and a hint to keep typing when more match.
import { Typography } from 'antd';
import { useCallback, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../shared/domain';
import { useAnsweredSearch } from './answeredSearch';

/** How many matches a picker shows. */
export const SHOWN = 20;
const NONE: Page<ChildSummary> = { rows: [], total: 0 };

/** The matches for what was typed last (none until they come; none after a failed search). */
export function useChildSearch(search: (query: string | undefined) => Promise<Page<ChildSummary>>) {
  const ask = useCallback((query: string) => search(query || undefined), [search]);
  return useAnsweredSearch(ask, { empty: NONE, delayMs: 150 });
}

/** The picker's drop-down with "keep typing" under it when the matches shown are not all of them. */
export function MoreMatches({ menu, found }: { menu: ReactElement; found: Page<ChildSummary> }) {
  const { t } = useTranslation('children');
  return (
    <>
      {menu}
      {found.total > found.rows.length && (
        <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
          {t('picker.hint.more', { count: found.total })}
        </Typography.Text>
      )}
    </>
  );
}
