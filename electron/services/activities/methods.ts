// The activities capability: the admin's catalogue of activities and interest groups, the teacher's
// sign-ups and attendance. (What a child does with them at the kiosk is the kiosk capability's.)
import type { activitiesContract } from '../../../shared/methods/activities';
import type { Methods } from '../deps';
import { createActivitiesService } from './index';

export const activitiesMethods: Methods<typeof activitiesContract> = {
  'activities.list': (ctx, input) => createActivitiesService(ctx).list(input),
  'activities.get': (ctx, { id }) => createActivitiesService(ctx).get(id),
  'activities.create': (ctx, input) => createActivitiesService(ctx).create(input),
  'activities.update': (ctx, input) => createActivitiesService(ctx).update(input),
  'activities.archive': (ctx, { id }) => createActivitiesService(ctx).archive(id),
  'activities.enrol': (ctx, input) => createActivitiesService(ctx).enrol(input),
  'activities.remove': (ctx, input) => createActivitiesService(ctx).remove(input),
  'activities.attendance': (ctx, input) => createActivitiesService(ctx).attendance(input),
  'activities.markAttendance': (ctx, input) => createActivitiesService(ctx).markAttendance(input),
  'activities.notInGroup': (ctx, input) => createActivitiesService(ctx).notInGroup(input),
};
