// The room's library: the catalogue and its import, lending, reading reviews, and the three
// things a child does with books at the kiosk.
import type { HandlersFor } from '../handlers';
import { createBookImportService } from '../services/bookImport';
import { createBooksService } from '../services/books';
import { createLoansService } from '../services/loans';
import { createReviewsService } from '../services/reviews';

export const libraryHandlers: HandlersFor<'books.'> &
  HandlersFor<'loans.'> &
  HandlersFor<'reviews.'> &
  Pick<HandlersFor<'kiosk.'>, 'kiosk.loans' | 'kiosk.reviewableBooks' | 'kiosk.writeReview'> = {
  'books.list': (ctx, input) => createBooksService(ctx).list(input),
  'books.categories': (ctx) => createBooksService(ctx).categories(),
  'books.get': (ctx, input) => createBooksService(ctx).get(input.id),
  'books.create': (ctx, input) => createBooksService(ctx).create(input.book, input.barcodes, input.copies),
  'books.update': (ctx, input) => createBooksService(ctx).update(input.id, input.book),
  'books.addCopy': (ctx, input) => createBooksService(ctx).addCopy(input.bookId, input.barcode),
  'books.setCopyStatus': (ctx, input) => createBooksService(ctx).setCopyStatus(input.copyId, input.status, input.reason),
  'books.lookup': (ctx, input) => createBooksService(ctx).lookup(input.barcode),
  'books.popular': (ctx, input) => createBooksService(ctx).popular(input.semester, input.limit),
  'books.importPreview': (ctx, input) => createBookImportService(ctx).preview(input),
  'books.importConfirm': (ctx, input) => createBookImportService(ctx).confirm(input),

  'loans.lend': (ctx, input) => createLoansService(ctx).lend(input.barcode, input.childId),
  'loans.return': (ctx, input) => createLoansService(ctx).giveBack(input.barcode),
  'loans.renew': (ctx, input) => createLoansService(ctx).renew(input.loanId),
  'loans.active': (ctx) => createLoansService(ctx).active(),
  'loans.overdue': (ctx) => createLoansService(ctx).overdue(),
  'loans.history': (ctx, input) => createLoansService(ctx).history(input),

  'reviews.create': async (ctx, input) => {
    const reviews = createReviewsService(ctx);
    return reviews.get(await reviews.create(input.childId, input.bookId, input.text, 'staff'));
  },
  'reviews.grade': (ctx, input) => createReviewsService(ctx).grade(input.id, input.grade),
  'reviews.list': (ctx, input) => createReviewsService(ctx).list(input),
  'reviews.progress': (ctx, input) => createReviewsService(ctx).progress(input.semester),

  'kiosk.loans': (ctx, input) => createLoansService(ctx).kioskLoans(input.childId),
  'kiosk.reviewableBooks': (ctx, input) => createReviewsService(ctx).reviewableBooks(input.childId),
  // The child sees only that it was saved: the answer carries no text, grade or teacher.
  'kiosk.writeReview': async (ctx, input) => ({
    reviewId: await createReviewsService(ctx).create(input.childId, input.bookId, input.text, 'kiosk'),
  }),
};
