// The search-as-you-type behind every child picker: the first matches only (a district has 10,000
// children), a short pause after typing before asking, and a hint to keep typing when more match.
// Until the answer to what was typed last arrives the list is a ring: not "no data" (she would think
// the child is not on the roll), and not the last search's rows (Enter would choose from a list that
// does not answer what she typed).
import { Spin, Typography } from 'antd';
import { useEffect, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChildSummary, Page } from '../../../shared/domain';

/** How many matches a picker shows. */
export const SHOWN = 20;
const NONE: Page<ChildSummary> = { rows: [], total: 0 };

/** The matches for what was typed last, asked for 150 ms after the typing stops; none until they come. */
export function useChildSearch(search: (query: string | undefined) => Promise<Page<ChildSummary>>) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; page: Page<ChildSummary> } | null>(null);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      search(query || undefined).then(
        (page) => current && setAnswer({ query, page }),
        () => current && setAnswer({ query, page: NONE }),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [query, search]);

  const searching = answer?.query !== query;
  /**
   * For the picker's Select: the ring in the box and in the empty list while the answer is awaited, and
   * Enter held back meanwhile (on an empty list the Select would close and drop what she typed).
   */
  const waiting = {
    loading: searching,
    notFoundContent: searching ? <Spin size="small" /> : undefined,
    onKeyDownCapture: (event: KeyboardEvent) => {
      if (!searching || event.key !== 'Enter') return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
  return { found: searching || !answer ? NONE : answer.page, setQuery, waiting };
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
