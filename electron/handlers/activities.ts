// What a child sees and does with activities at the kiosk.
import type { HandlersFor } from '../handlers';
import { createActivitiesService } from '../services/activities';

export const activitiesHandlers: Pick<HandlersFor<'kiosk.'>, 'kiosk.activities' | 'kiosk.signUp' | 'kiosk.cancelSignUp'> = {
  'kiosk.activities': (ctx, input) => createActivitiesService(ctx).kioskActivities(input.childId),
  'kiosk.signUp': (ctx, input) => createActivitiesService(ctx).kioskSignUp(input.childId, input.activityId),
  'kiosk.cancelSignUp': (ctx, input) => createActivitiesService(ctx).kioskCancel(input.childId, input.activityId),
};
