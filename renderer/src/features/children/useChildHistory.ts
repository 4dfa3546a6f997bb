import { useEffect, useState } from 'react';
import type { CallRecord, Loan } from '../../../../shared/domain';
import { call } from '../../api';

/** A child's loans and calls, newest first, for her file. */
export function useChildHistory(childId: number | null): { loans: Loan[]; calls: CallRecord[] } {
  const [loans, setLoans] = useState<Loan[]>([]);
  const [calls, setCalls] = useState<CallRecord[]>([]);
  useEffect(() => {
    setLoans([]);
    setCalls([]);
    if (childId === null) return;
    let current = true;
    call('loans.history', { childId }).then(
      (rows) => current && setLoans(rows),
      () => undefined,
    );
    call('calls.history', { childId, limit: 100 }).then(
      (rows) => current && setCalls(rows),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [childId]);
  return { loans, calls };
}
