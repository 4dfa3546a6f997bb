// PLACEHOLDER — replaced by the library helper.
import { AppError } from '../../shared/errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => {
  throw new AppError('internal');
};

export const libraryHandlers: HandlersFor<'books.'> & HandlersFor<'loans.'> & HandlersFor<'reviews.'> & Pick<HandlersFor<'kiosk.'>, 'kiosk.loans' | 'kiosk.reviewableBooks' | 'kiosk.writeReview'> = {
  'books.list': todo,
  'books.get': todo,
  'books.create': todo,
  'books.update': todo,
  'books.addCopy': todo,
  'books.setCopyStatus': todo,
  'books.lookup': todo,
  'books.popular': todo,
  'books.importPreview': todo,
  'books.importConfirm': todo,
  'loans.lend': todo,
  'loans.return': todo,
  'loans.renew': todo,
  'loans.active': todo,
  'loans.overdue': todo,
  'loans.history': todo,
  'reviews.create': todo,
  'reviews.grade': todo,
  'reviews.list': todo,
  'reviews.progress': todo,
  'kiosk.loans': todo,
  'kiosk.reviewableBooks': todo,
  'kiosk.writeReview': todo,
};
