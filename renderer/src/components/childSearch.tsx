// The search-as-you-type behind every child picker: the first matches only (a district has 10,000
// children), a short pause after typing before asking, and a hint to keep typing when more match.
import { Typography } from 'antd';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../shared/domain';

/** How many matches a picker shows. */
export const SHOWN = 20;
const NONE: Page<ChildSummary> = { rows: [], total: 0 };

/** The matches for what was typed last, asked for 150 ms after the typing stops. */
export function useChildSearch(search: (query: string | undefined) => Promise<Page<ChildSummary>>) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(NONE);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      search(query || undefined).then(
        (page) => current && setFound(page),
        () => current && setFound(NONE),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, search]);

  return { found, setQuery };
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
