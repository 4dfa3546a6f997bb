// Activities and interest groups: the admin's catalogue, the teacher's sign-ups and attendance.
// (What a child does at the kiosk is the kiosk capability's.)
import type { HandlersFor } from '../handlers';
import { createActivitiesService } from '../services/activities';

export const activitiesHandlers: HandlersFor<'activities.'> = {
  'activities.list': (ctx, input) => createActivitiesService(ctx).list(input.includeArchived),
  'activities.get': (ctx, input) => createActivitiesService(ctx).get(input.id),
  'activities.create': (ctx, input) => createActivitiesService(ctx).create(input),
  'activities.update': (ctx, input) => createActivitiesService(ctx).update(input.id, input.activity),
  'activities.archive': (ctx, input) => createActivitiesService(ctx).archive(input.id),
  'activities.enrol': (ctx, input) => createActivitiesService(ctx).enrol(input.childId, input.activityId),
  'activities.remove': (ctx, input) => createActivitiesService(ctx).remove(input.signupId),
  'activities.attendance': (ctx, input) => createActivitiesService(ctx).attendance(input.activityId, input.date),
  'activities.markAttendance': (ctx, input) =>
    createActivitiesService(ctx).markAttendance(input.activityId, input.date, input.childId, input.present),
  'activities.notInGroup': (ctx, input) => createActivitiesService(ctx).notInGroup(input),
};
