// Search as you type for a Select: asked a short pause after the typing stops, and shown only once it
// answers what was typed last. Until then the list is a ring: not "no data" (she would think the child
// or the book is not there), and not the last search's rows (Enter would choose from a list that does
// not answer what she typed). Enter is held back meanwhile: on an empty list the Select would close
// and drop what she typed.
import { Spin } from 'antd';
import { useEffect, useState, type KeyboardEvent } from 'react';

interface Options<R> {
  /** What the list holds while nothing answers what was typed (and after a failed search). */
  empty: R;
  delayMs: number;
  /** Off (a closed dialog): nothing is asked. */
  enabled?: boolean;
  onError?(error: unknown): void;
}

export function useAnsweredSearch<R>(search: (query: string) => Promise<R>, { empty, delayMs, enabled = true, onError }: Options<R>) {
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; found: R } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const timer = window.setTimeout(() => {
      search(query).then(
        (found) => current && setAnswer({ query, found }),
        (error: unknown) => {
          if (!current) return;
          setAnswer({ query, found: empty });
          onError?.(error);
        },
      );
    }, delayMs);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [enabled, query, search, empty, delayMs, onError]);

  const searching = answer?.query !== query;
  /** Spread on the Select: the ring in the box and in the empty list, and Enter held back, while searching. */
  const waiting = {
    loading: searching,
    notFoundContent: searching ? <Spin size="small" /> : undefined,
    onKeyDownCapture: (event: KeyboardEvent) => {
      if (!searching || event.key !== 'Enter') return;
      event.preventDefault();
      event.stopPropagation();
    },
  };
  return { found: searching || !answer ? empty : answer.found, setQuery, waiting };
}
