// The Privacy page's calls: the access log as filtered, the children past the retention period,
// erasure and a child's data export.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { AccessLogPage, ChildDataExport, ErasableChild, ErasureResult } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload, newestAnswer } from '../../components/serverStore';

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

// Filters changed quickly send several requests: the newest answer fills the log.
const logPages = newestAnswer();

export const usePrivacy = create<PrivacyState>((set, get) => ({
  filters: { page: 1, pageSize: 20 },
  log: null,
  loadingLog: false,
  setFilters: async (changes) => {
    set({ filters: { ...get().filters, page: 1, ...changes } });
    await get().reloadLog();
  },
  reloadLog: () => {
    const { filters } = get();
    return logPages(
      () => call('privacy.accessLog', filters),
      (log) => set({ log }),
      { busy: (loadingLog) => set({ loadingLog }) },
    );
  },
  erasable: [],
  reloadErasable: async () => set({ erasable: await call('privacy.erasable', {}) }),
  erase: (childId, confirmName) => andReload(call('privacy.erase', { childId, confirmName }), get().reloadErasable),
  exportChild: (childId, folder) => call('privacy.exportChild', { childId, folder }),
}));
