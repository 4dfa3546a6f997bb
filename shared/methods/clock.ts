import { z } from 'zod';
import type { ClockStatus } from '../domain';
import { returns } from '../registry';
import { date } from '../validation';

export const clockContract = {
  /** The staff shell asks on start and every minute: a wrong date shows a banner, a far-ahead one the confirm dialog. */
  'clock.status': returns<ClockStatus>()('teacher', z.object({})),
  /** A teacher says the PC's date (which they read and repeat) is today: scheduled work may run again. */
  'clock.confirm': returns<ClockStatus>()('teacher', z.object({ date })),
};
