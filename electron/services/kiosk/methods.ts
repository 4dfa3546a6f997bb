// The kiosk capability: everything a child does at the kiosk, on the other capabilities' services.
// The kiosk answers with the child's own status: relations and position, no numbers.
import type { kioskContract } from '../../../shared/methods/kiosk';
import { createActivitiesService } from '../activities';
import { createCallsService } from '../calls/calls';
import { createTalkRequestsService } from '../care/talkRequests';
import { createPhotosService } from '../children/photos';
import type { Methods } from '../deps';
import { createLoansService } from '../library/loans';
import { createReviewsService } from '../library/reviews';
import { createKioskService } from './kiosk';

export const kioskMethods: Methods<typeof kioskContract> = {
  'kiosk.search': (ctx, { query }) => createKioskService(ctx).search(query),
  'kiosk.classes': (ctx) => createKioskService(ctx).classes(),
  'kiosk.classChildren': (ctx, input) => createKioskService(ctx).classChildren(input),
  'kiosk.photos': (ctx, { childIds }) => createPhotosService(ctx).forKiosk(childIds),
  'kiosk.status': (ctx, { childId }) => createKioskService(ctx).status(childId),
  'kiosk.checkIn': (ctx, { childId }) => createKioskService(ctx).checkIn(childId),
  'kiosk.checkOut': (ctx, input) => createKioskService(ctx).checkOut(input.childId, input),

  'kiosk.askToTalk': (ctx, input) => createTalkRequestsService(ctx).ask(input.childId, input.with),
  'kiosk.bookCall': async (ctx, { childId, parentId, channel }) => {
    await createCallsService(ctx).book(childId, parentId, channel);
    return createKioskService(ctx).status(childId);
  },
  'kiosk.cancelBooking': async (ctx, { childId }) => {
    await createCallsService(ctx).cancelForChild(childId);
    return createKioskService(ctx).status(childId);
  },

  'kiosk.loans': (ctx, { childId }) => createLoansService(ctx).kioskLoans(childId),
  'kiosk.reviewableBooks': (ctx, { childId }) => createReviewsService(ctx).reviewableBooks(childId),
  // The child sees only that it was saved: the answer carries no text, grade or teacher.
  'kiosk.writeReview': async (ctx, input) => ({
    reviewId: await createReviewsService(ctx).create(input, 'kiosk'),
  }),

  'kiosk.activities': (ctx, { childId }) => createActivitiesService(ctx).kioskActivities(childId),
  'kiosk.signUp': (ctx, input) => createActivitiesService(ctx).kioskSignUp(input),
  'kiosk.cancelSignUp': (ctx, input) => createActivitiesService(ctx).kioskCancel(input),
};
