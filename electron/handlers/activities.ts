// PLACEHOLDER — replaced by the activities helper.
import { AppError } from '../../shared/errors';
import type { HandlersFor } from '../handlers';

const todo = async (): Promise<never> => {
  throw new AppError('internal');
};

export const activitiesHandlers: HandlersFor<'activities.'> & Pick<HandlersFor<'kiosk.'>, 'kiosk.activities' | 'kiosk.signUp' | 'kiosk.cancelSignUp'> = {
  'activities.list': todo,
  'activities.get': todo,
  'activities.create': todo,
  'activities.update': todo,
  'activities.archive': todo,
  'activities.enrol': todo,
  'activities.remove': todo,
  'activities.attendance': todo,
  'activities.markAttendance': todo,
  'activities.notInGroup': todo,
  'kiosk.activities': todo,
  'kiosk.signUp': todo,
  'kiosk.cancelSignUp': todo,
};
