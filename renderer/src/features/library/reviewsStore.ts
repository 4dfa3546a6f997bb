// This semester's reading reviews: the reviews to grade, who still owes one, the most-lent books.
import { create } from 'zustand';
import type { Input } from '../../../../shared/contract';
import type { PopularBook, Review, ReviewProgressRow } from '../../../../shared/domain';
import { call } from '../../api';

interface ReviewsState {
  reviews: Review[];
  progress: ReviewProgressRow[];
  popular: PopularBook[];
  loading: boolean;
  reload(): Promise<void>;
  grade(id: number, grade: string): Promise<Review>;
  create(input: Input<'reviews.create'>): Promise<Review>;
}

export const useReviews = create<ReviewsState>((set, get) => ({
  reviews: [],
  progress: [],
  popular: [],
  loading: false,

  reload: async () => {
    set({ loading: true });
    try {
      const [reviews, progress, popular] = await Promise.all([
        call('reviews.list', {}),
        call('reviews.progress', {}),
        call('books.popular', { limit: 10 }),
      ]);
      set({ reviews, progress, popular });
    } finally {
      set({ loading: false });
    }
  },

  grade: async (id, grade) => {
    const review = await call('reviews.grade', { id, grade });
    // One row changes; the progress counts with it.
    set({ reviews: get().reviews.map((r) => (r.id === id ? review : r)) });
    set({ progress: await call('reviews.progress', {}) });
    return review;
  },

  create: async (input) => {
    const review = await call('reviews.create', input);
    await get().reload();
    return review;
  },
}));
