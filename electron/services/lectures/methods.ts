// The lectures capability (issue 20): the monthly lecture register, its attendance and the months without one.
import type { lecturesContract } from '../../../shared/methods/lectures';
import type { Methods } from '../deps';
import { createLecturesService } from './index';

export const lecturesMethods: Methods<typeof lecturesContract> = {
  'lectures.list': (ctx, input) => createLecturesService(ctx).list(input),
  'lectures.create': (ctx, input) => createLecturesService(ctx).create(input),
  'lectures.update': (ctx, input) => createLecturesService(ctx).update(input),
  'lectures.void': (ctx, input) => createLecturesService(ctx).voidLecture(input),
  'lectures.attendance': (ctx, input) => createLecturesService(ctx).attendance(input),
  'lectures.markAttendance': (ctx, input) => createLecturesService(ctx).markAttendance(input),
  'lectures.gaps': (ctx) => createLecturesService(ctx).gaps(),
};
