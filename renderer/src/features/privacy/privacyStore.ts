// The Privacy page's calls: the access log as filtered, the children past the retention period,
// erasure and a child's data export.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AccessLogPage, ChildDataExport, ErasableChild, ErasureResult } from '../../../../shared/domain';
import { call } from '../../api';

export type AccessLogFilters = Input<'privacy.accessLog'>;

interface PrivacyState {
  filters: AccessLogFilters;
  log: AccessLogPage | null;
  loadingLog: boolean;
  /** Merges the changes (page 1 unless a page is given) and reloads. */
  setFilters(changes: Partial<AccessLogFilters>): Promise<void>;
  reloadLog(): Promise<void>;
  erasable: ErasableChild[];
  reloadErasable(): Promise<void>;
  erase(childId: number, confirmName: string): Promise<ErasureResult>;
  exportChild(childId: number, folder: string): Promise<ChildDataExport>;
}

let latestLogRequest = 0;

export const usePrivacy = create<PrivacyState>((set, get) => ({
  filters: { page: 1, pageSize: 20 },
  log: null,
  loadingLog: false,
  setFilters: async (changes) => {
    set({ filters: { ...get().filters, page: 1, ...changes } });
    await get().reloadLog();
  },
  reloadLog: async () => {
    const request = ++latestLogRequest;
    set({ loadingLog: true });
    try {
      const log = await call('privacy.accessLog', get().filters);
      if (request === latestLogRequest) set({ log });
    } finally {
      if (request === latestLogRequest) set({ loadingLog: false });
    }
  },
  erasable: [],
  reloadErasable: async () => set({ erasable: await call('privacy.erasable', {}) }),
  erase: async (childId, confirmName) => {
    const result = await call('privacy.erase', { childId, confirmName });
    await get().reloadErasable();
    return result;
  },
  exportChild: (childId, folder) => call('privacy.exportChild', { childId, folder }),
}));
