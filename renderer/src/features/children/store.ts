// The child list as the teacher has filtered it, and the calls that change child files.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ChildFile, ChildSummary } from '../../../../shared/domain';
import { call } from '../../api';

export type ChildFilters = Input<'children.list'>;

interface ChildrenState {
  filters: ChildFilters;
  rows: ChildSummary[];
  loading: boolean;
  setFilters(changes: Partial<ChildFilters>): void;
  reload(): Promise<void>;
  save(id: number | null, values: Input<'children.create'>): Promise<ChildFile>;
  archive(id: number, reason: string): Promise<ChildFile>;
  restore(id: number): Promise<ChildFile>;
}

let latestRequest = 0;

export const useChildren = create<ChildrenState>((set, get) => ({
  filters: { archived: false },
  rows: [],
  loading: false,
  setFilters: (changes) => {
    set({ filters: { ...get().filters, ...changes } });
    void get().reload();
  },
  reload: async () => {
    // Typing fast sends several searches; only the newest answer may fill the table.
    const request = ++latestRequest;
    set({ loading: true });
    try {
      const rows = await call('children.list', get().filters);
      if (request === latestRequest) set({ rows });
    } finally {
      if (request === latestRequest) set({ loading: false });
    }
  },
  save: async (id, values) => {
    const saved = id === null ? await call('children.create', values) : await call('children.update', { ...values, id });
    await get().reload();
    return saved;
  },
  archive: async (id, reason) => {
    const child = await call('children.archive', { id, reason });
    await get().reload();
    return child;
  },
  restore: async (id) => {
    const child = await call('children.restore', { id });
    await get().reload();
    return child;
  },
}));
