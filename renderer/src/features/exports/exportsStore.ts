// The export history and status, the backups, and the calls that change them. Only here does the
// export & backup screen call the API (the school-side bundle check calls nothing).
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { BackupFile, BackupList, ExportRun, ExportStatus, LedgerResult, RestoreResult } from '../../../../shared/domain';
import { call } from '../../api';
import { alwaysReload } from '../../components/serverStore';

interface ExportsState {
  status: ExportStatus | null;
  history: ExportRun[];
  backups: BackupList | null;
  reloadExports(): Promise<void>;
  exportWeek(input: Input<'exports.week'>): Promise<ExportRun>;
  exportLedger(input: Input<'exports.ledger'>): Promise<LedgerResult>;
  reloadBackups(): Promise<void>;
  backupNow(): Promise<BackupFile>;
  restore(name: string): Promise<RestoreResult>;
}

export const useExports = create<ExportsState>((set, get) => ({
  status: null,
  history: [],
  backups: null,

  reloadExports: async () => {
    const [status, history] = await Promise.all([call('exports.status', {}), call('exports.history', {})]);
    set({ status, history });
  },

  // A failed attempt may still have changed the status the screen shows.
  exportWeek: (input) => alwaysReload(call('exports.week', input), get().reloadExports),

  exportLedger: (input) => call('exports.ledger', input),

  reloadBackups: async () => set({ backups: await call('backups.list', {}) }),

  backupNow: () => alwaysReload(call('backups.now', {}), get().reloadBackups),

  restore: (name) => call('backups.restore', { name }),
}));
