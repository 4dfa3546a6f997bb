import { useCallback, useEffect, useState } from 'react';
import type { CareRecord, GrowthFile } from '../../../../shared/domain';
import { call } from '../../api';
import { errorMessage } from '../../components/errors';
import { useCare } from './careStore';

interface Loaded<T> {
  value: T | null;
  loading: boolean;
  /** Translated, or null. */
  error: string | null;
}

/** Loads something about one child; again when the child changes or a care write happened. */
function useChildLoad<T>(childId: number | null, load: (childId: number) => Promise<T>): Loaded<T> {
  const version = useCare((s) => s.version);
  const [state, setState] = useState<Loaded<T>>({ value: null, loading: false, error: null });

  useEffect(() => {
    if (childId === null) {
      setState({ value: null, loading: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true }));
    load(childId).then(
      (value) => current && setState({ value, loading: false, error: null }),
      (e: unknown) => current && setState({ value: null, loading: false, error: errorMessage(e) }),
    );
    return () => {
      current = false;
    };
  }, [childId, load, version]);

  return state;
}

/** A child's care records, newest first (calls that reached a parent included, read-only). */
export function useChildRecords(childId: number | null): Loaded<CareRecord[]> {
  const load = useCallback((id: number) => call('care.records', { childId: id }), []);
  return useChildLoad(childId, load);
}

export function useGrowthFile(childId: number | null): Loaded<GrowthFile> {
  const load = useCallback((id: number) => call('care.growthFile', { childId: id }), []);
  return useChildLoad(childId, load);
}
