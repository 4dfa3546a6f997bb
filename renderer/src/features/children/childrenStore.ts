// The child list as the teacher has filtered it, one page at a time, and the calls that change child files.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ChildFile, ChildSummary } from '../../../../shared/domain';
import { call } from '../../api';
import { fetchPage, pageAfter } from '../../components/paging';

export type ChildFilters = Omit<Input<'children.list'>, 'offset' | 'limit'>;

export const PAGE_SIZES = [20, 50, 100] as const;

interface ChildrenState {
  filters: ChildFilters;
  /** 1-based, as the table's pager counts. */
  page: number;
  pageSize: number;
  rows: ChildSummary[];
  /** Children the filters match, on every page. */
  total: number;
  loading: boolean;
  /** A new filter or search starts again at page 1. */
  setFilters(changes: Partial<ChildFilters>): void;
  setPage(page: number, pageSize: number): void;
  /** After adding a child: her name as the only search, so the list shows her whatever it showed before. */
  showChild(name: string): void;
  /** Reads the current page again (after an archive, a restore, an import). */
  reload(): Promise<void>;
  save(id: number | null, values: Input<'children.create'>): Promise<ChildFile>;
  archive(id: number, reason: string): Promise<ChildFile>;
  restore(id: number): Promise<ChildFile>;
}

let latestRequest = 0;

export const useChildren = create<ChildrenState>((set, get) => ({
  filters: { archived: false },
  page: 1,
  pageSize: PAGE_SIZES[0],
  rows: [],
  total: 0,
  loading: false,
  setFilters: (changes) => {
    set({ filters: { ...get().filters, ...changes }, page: 1 });
    void get().reload();
  },
  showChild: (name) => {
    set({ filters: { archived: false, query: name }, page: 1 });
    void get().reload();
  },
  setPage: (page, pageSize) => {
    set({ page: pageAfter(page, pageSize, get().pageSize), pageSize });
    void get().reload();
  },
  reload: async () => {
    // Typing fast sends several searches; only the newest answer may fill the table.
    const request = ++latestRequest;
    set({ loading: true });
    try {
      const { filters, page, pageSize } = get();
      const shown = await fetchPage((rows) => call('children.list', { ...filters, ...rows }), page, pageSize);
      if (request !== latestRequest) return;
      set({ page: shown.page, rows: shown.found.rows, total: shown.found.total });
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
