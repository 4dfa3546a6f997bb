// The room's shelf: the catalogue page the teacher is on, the loans out now and overdue,
// today's lends and returns at the desk, and the calls that change them. Only here (and in the
// reviews store) does the library call the API.
import dayjs from 'dayjs';
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { BarcodeLookup, Book, CopyStatus, ImportPreview, ImportResult, Loan } from '../../../../shared/domain';
import { normalizeIsbn } from '../../../../shared/validation';
import { call } from '../../api';
import { fetchPage, pageAfter, PAGE_SIZES } from '../../components/paging';
import { andReload, newestAnswer } from '../../components/serverStore';
import type { ImportFile } from '../../components/ImportDialog';

/** One thing that happened at the desk today, newest first. */
export interface DeskEvent {
  key: string;
  kind: 'lent' | 'returned';
  at: string;
  loan: Loan;
}

interface LibraryState {
  query: string;
  /** The category the catalogue is narrowed to, if any, and the categories there are to choose from. */
  category: string | undefined;
  categories: string[];
  /** The catalogue page shown: its titles, and how many match the search in all. */
  books: Book[];
  booksTotal: number;
  page: number;
  pageSize: number;
  booksLoading: boolean;
  active: Loan[];
  overdue: Loan[];
  today: DeskEvent[];
  /** A new search or category starts at page 1. */
  setQuery(query: string): void;
  setCategory(category: string | undefined): void;
  setPage(page: number, pageSize: number): void;
  /** The current page again, after a change that may move or alter its titles. */
  reloadBooks(): Promise<void>;
  /** The categories to filter by: on opening the catalogue, and after a title was added, edited or imported. */
  reloadCategories(): Promise<void>;
  reloadLoans(): Promise<void>;
  /** The first titles matching a search, whatever the catalogue shows (for pickers). */
  searchBooks(query: string, limit: number): Promise<Book[]>;
  lookup(barcode: string): Promise<BarcodeLookup>;
  /** The catalogue's book with this ISBN, if any. */
  findByIsbn(isbn: string): Promise<Book | null>;
  lend(barcode: string, childId: number): Promise<Loan>;
  giveBack(barcode: string): Promise<Loan>;
  renew(loanId: number): Promise<Loan>;
  getBook(id: number): Promise<Book>;
  createBook(input: Input<'books.create'>): Promise<Book>;
  updateBook(id: number, book: Input<'books.update'>['book']): Promise<Book>;
  addCopy(bookId: number, barcode?: string): Promise<Book>;
  setCopyStatus(copyId: number, status: Exclude<CopyStatus, 'on_loan'>, reason: string): Promise<Book>;
  history(filter: Input<'loans.history'>): Promise<Loan[]>;
  importPreview(file: ImportFile): Promise<ImportPreview>;
  importConfirm(file: ImportFile): Promise<ImportResult>;
}

// Typing fast sends several searches; only the newest answer may fill the table.
const bookPages = newestAnswer();

/** Today's lends and returns from the loan history, newest first. */
function todaysEvents(loans: Loan[]): DeskEvent[] {
  const today = dayjs().format('YYYY-MM-DD');
  const isToday = (stamp: string | null) => stamp !== null && dayjs(stamp).format('YYYY-MM-DD') === today;
  const events: DeskEvent[] = [];
  for (const loan of loans) {
    if (isToday(loan.lentAt)) events.push({ key: `lent-${loan.id}`, kind: 'lent', at: loan.lentAt, loan });
    if (loan.returnedAt && isToday(loan.returnedAt)) events.push({ key: `returned-${loan.id}`, kind: 'returned', at: loan.returnedAt, loan });
  }
  return events.sort((a, b) => dayjs(b.at).valueOf() - dayjs(a.at).valueOf());
}

export const useLibrary = create<LibraryState>((set, get) => {
  /** After a change to a loan or a copy, everything that shows loans or shelf counts is stale. */
  const refreshAll = () => Promise.all([get().reloadLoans(), get().reloadBooks()]);
  /** After a change to a title: the catalogue page and the categories to filter by. */
  const refreshTitles = () => Promise.all([get().reloadBooks(), get().reloadCategories()]);

  return {
    query: '',
    category: undefined,
    categories: [],
    books: [],
    booksTotal: 0,
    page: 1,
    pageSize: PAGE_SIZES[0],
    booksLoading: false,
    active: [],
    overdue: [],
    today: [],

    setQuery: (query) => {
      set({ query, page: 1 });
      void get().reloadBooks();
    },

    setCategory: (category) => {
      set({ category, page: 1 });
      void get().reloadBooks();
    },

    setPage: (page, pageSize) => {
      set({ page: pageAfter(page, pageSize, get().pageSize), pageSize });
      void get().reloadBooks();
    },

    reloadBooks: () => {
      const { query, category, page, pageSize } = get();
      return bookPages(
        () => fetchPage((rows) => call('books.list', { query: query.trim() || undefined, category, ...rows }), page, pageSize),
        (shown) => set({ page: shown.page, books: shown.found.rows, booksTotal: shown.found.total }),
        { busy: (booksLoading) => set({ booksLoading }) },
      );
    },

    reloadCategories: async () => set({ categories: await call('books.categories', {}) }),

    reloadLoans: async () => {
      const [active, overdue, history] = await Promise.all([call('loans.active', {}), call('loans.overdue', {}), call('loans.history', {})]);
      set({ active, overdue, today: todaysEvents(history) });
    },

    searchBooks: async (query, limit) => (await call('books.list', { query: query.trim() || undefined, limit })).rows,

    lookup: (barcode) => call('books.lookup', { barcode }),

    findByIsbn: async (raw) => {
      const isbn = normalizeIsbn(raw);
      const found = await call('books.list', { query: isbn });
      return found.rows.find((b) => b.isbn === isbn) ?? null;
    },

    lend: (barcode, childId) => andReload(call('loans.lend', { barcode, childId }), refreshAll),

    giveBack: (barcode) => andReload(call('loans.return', { barcode }), refreshAll),

    renew: (loanId) => andReload(call('loans.renew', { loanId }), get().reloadLoans),

    getBook: (id) => call('books.get', { id }),

    createBook: (input) => andReload(call('books.create', input), refreshTitles),

    updateBook: (id, book) => andReload(call('books.update', { id, book }), refreshTitles),

    addCopy: (bookId, barcode) => andReload(call('books.addCopy', { bookId, barcode }), get().reloadBooks),

    setCopyStatus: (copyId, status, reason) => andReload(call('books.setCopyStatus', { copyId, status, reason }), refreshAll),

    history: (filter) => call('loans.history', filter),

    importPreview: (file) => call('books.importPreview', file),

    importConfirm: (file) => andReload(call('books.importConfirm', file), refreshTitles),
  };
});
