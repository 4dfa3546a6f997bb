// The child list as the teacher has filtered it, one page at a time, and the calls that change child files.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { ChildFile, ChildSummary } from '../../../../shared/domain';
import { call } from '../../api';
import { fetchPage, pageAfter, PAGE_SIZES } from '../../components/paging';
import { andReload, newestAnswer } from '../../components/serverStore';

export type ChildFilters = Omit<Input<'children.list'>, 'offset' | 'limit'>;

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

// Typing fast sends several searches; only the newest answer may fill the table.
const pages = newestAnswer();

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
  reload: () => {
    const { filters, page, pageSize } = get();
    return pages(
      () => fetchPage((rows) => call('children.list', { ...filters, ...rows }), page, pageSize),
      (shown) => set({ page: shown.page, rows: shown.found.rows, total: shown.found.total }),
      { busy: (loading) => set({ loading }) },
    );
  },
  save: (id, values) => andReload(id === null ? call('children.create', values) : call('children.update', { ...values, id }), get().reload),
  archive: (id, reason) => andReload(call('children.archive', { id, reason }), get().reload),
  restore: (id) => andReload(call('children.restore', { id }), get().reload),
}));
