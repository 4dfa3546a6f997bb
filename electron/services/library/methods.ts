// The library capability: the catalogue and its import, lending, and reading reviews.
// (What a child does with books at the kiosk is the kiosk capability's, on these services.)
import type { libraryContract } from '../../../shared/methods/library';
import type { Methods } from '../deps';
import { createBookImportService } from './bookImport';
import { createBooksService } from './books';
import { copyLabels } from './labels';
import { createLoansService } from './loans';
import { createReviewsService } from './reviews';

export const libraryMethods: Methods<typeof libraryContract> = {
  'books.list': (ctx, input) => createBooksService(ctx).list(input),
  'books.categories': (ctx) => createBooksService(ctx).categories(),
  'books.get': (ctx, { id }) => createBooksService(ctx).get(id),
  'books.create': (ctx, input) => createBooksService(ctx).create(input),
  'books.update': (ctx, input) => createBooksService(ctx).update(input),
  'books.addCopy': (ctx, input) => createBooksService(ctx).addCopy(input),
  'books.labelsPdf': (ctx, input) => copyLabels(ctx, input),
  'books.setCopyStatus': (ctx, input) => createBooksService(ctx).setCopyStatus(input),
  'books.lookup': (ctx, input) => createBooksService(ctx).lookup(input),
  'books.popular': (ctx, input) => createBooksService(ctx).popular(input),
  'books.importPreview': (ctx, input) => createBookImportService(ctx).preview(input),
  'books.importConfirm': (ctx, input) => createBookImportService(ctx).confirm(input),

  'loans.lend': (ctx, input) => createLoansService(ctx).lend(input),
  'loans.return': (ctx, input) => createLoansService(ctx).giveBack(input),
  'loans.renew': (ctx, input) => createLoansService(ctx).renew(input),
  'loans.active': (ctx) => createLoansService(ctx).active(),
  'loans.overdue': (ctx) => createLoansService(ctx).overdue(),
  'loans.history': (ctx, input) => createLoansService(ctx).history(input),

  'reviews.create': async (ctx, input) => {
    const reviews = createReviewsService(ctx);
    return reviews.get(await reviews.create(input, 'staff'));
  },
  'reviews.grade': (ctx, input) => createReviewsService(ctx).grade(input),
  'reviews.list': (ctx, input) => createReviewsService(ctx).list(input),
  'reviews.progress': (ctx, input) => createReviewsService(ctx).progress(input),
};
