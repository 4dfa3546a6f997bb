// The kiosk's library methods, until the kiosk capability holds them.
import type { HandlersFor } from '../handlers';
import { createLoansService } from '../services/library/loans';
import { createReviewsService } from '../services/library/reviews';

export const libraryHandlers: Pick<HandlersFor<'kiosk.'>, 'kiosk.loans' | 'kiosk.reviewableBooks' | 'kiosk.writeReview'> = {
  'kiosk.loans': (ctx, input) => createLoansService(ctx).kioskLoans(input.childId),
  'kiosk.reviewableBooks': (ctx, input) => createReviewsService(ctx).reviewableBooks(input.childId),
  // The child sees only that it was saved: the answer carries no text, grade or teacher.
  'kiosk.writeReview': async (ctx, input) => ({
    reviewId: await createReviewsService(ctx).create(input, 'kiosk'),
  }),
};
