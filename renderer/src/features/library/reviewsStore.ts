// This semester's reading reviews: the reviews to grade, who still owes one, the most-lent books.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { PopularBook, Review, ReviewProgressRow } from '../../../../shared/domain';
import { call } from '../../api';
import { andReload, newestAnswer } from '../../components/serverStore';

interface ReviewsState {
  reviews: Review[];
  progress: ReviewProgressRow[];
  popular: PopularBook[];
  loading: boolean;
  reload(): Promise<void>;
  grade(id: number, grade: string): Promise<Review>;
  create(input: Input<'reviews.create'>): Promise<Review>;
}

// The reviews tab reloads each time it shows, and after a review is written: the newest answer is the one shown.
const lists = newestAnswer();

export const useReviews = create<ReviewsState>((set, get) => ({
  reviews: [],
  progress: [],
  popular: [],
  loading: false,

  reload: () =>
    lists(
      () => Promise.all([call('reviews.list', {}), call('reviews.progress', {}), call('books.popular', { limit: 10 })]),
      ([reviews, progress, popular]) => set({ reviews, progress, popular }),
      { busy: (loading) => set({ loading }) },
    ),

  grade: async (id, grade) => {
    const review = await call('reviews.grade', { id, grade });
    // One row changes; the progress counts with it.
    set({ reviews: get().reviews.map((r) => (r.id === id ? review : r)) });
    set({ progress: await call('reviews.progress', {}) });
    return review;
  },

  create: (input) => andReload(call('reviews.create', input), get().reload),
}));
