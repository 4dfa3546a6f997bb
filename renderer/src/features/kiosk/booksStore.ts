// A child's own books at the kiosk: what she has borrowed and when it goes back, the books she may
// write a review of, and the review she is writing. Which screen shows stays in the kiosk store.
import { create } from 'zustand';
import type { KioskLoan } from '../../../../shared/domain';
import { call } from '../../api';
import { newestAnswer } from '../../components/serverStore';
import { kioskMessage } from './messages';
import { onChildOpened, useKiosk } from './kioskStore';
import { say } from './speech';
import { reviewSavedWords } from './speechWords';

export interface ReviewableBook {
  bookId: number;
  title: string;
}

interface KioskBooksState {
  childId: number | null;
  loans: KioskLoan[];
  reviewable: ReviewableBook[];
  draft: string;
  /** The book the draft is about. */
  draftFor: number | null;
  load(childId: number): Promise<void>;
  openReview(): void;
  pickBook(book: ReviewableBook): void;
  setDraft(text: string): void;
  send(): Promise<void>;
}

const loads = newestAnswer();

export const useKioskBooks = create<KioskBooksState>((set, get) => ({
  childId: null,
  loans: [],
  reviewable: [],
  draft: '',
  draftFor: null,

  load: (childId) => {
    if (get().childId !== childId) set({ childId, loans: [], reviewable: [], draft: '', draftFor: null });
    return loads(
      () => Promise.all([call('kiosk.loans', { childId }), call('kiosk.reviewableBooks', { childId })]),
      ([loans, reviewable]) => set({ loans, reviewable }),
      // Her books are a side note on her screen: without them she can still check in and call home.
      { failed: () => undefined },
    );
  },

  openReview: () => useKiosk.setState({ screen: { name: 'reviewPick' }, problem: null }),

  pickBook: (book) => {
    // Coming back to the same book keeps what she wrote; another book starts on a clean page.
    if (get().draftFor !== book.bookId) set({ draft: '', draftFor: book.bookId });
    useKiosk.setState({ screen: { name: 'reviewWrite', bookId: book.bookId, title: book.title }, problem: null });
  },

  setDraft: (draft) => set({ draft }),

  send: async () => {
    const kiosk = useKiosk.getState();
    const { screen, child, busy } = kiosk;
    const text = get().draft.trim();
    if (screen.name !== 'reviewWrite' || !child || busy || !text) return;
    useKiosk.setState({ busy: true, problem: null });
    try {
      await call('kiosk.writeReview', { childId: child.id, bookId: screen.bookId, text });
      set({ draft: '', draftFor: null });
      useKiosk.setState({ screen: { name: 'reviewDone', title: screen.title } });
      say(reviewSavedWords);
    } catch (e) {
      useKiosk.setState({ problem: kioskMessage(e) });
    } finally {
      useKiosk.setState({ busy: false });
    }
  },
}));

onChildOpened((childId) => void useKioskBooks.getState().load(childId));
