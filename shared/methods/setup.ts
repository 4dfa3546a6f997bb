import { z } from 'zod';
import type { DemoSeedResult, SessionInfo, SetupStatus } from '../domain';
import { LANGUAGES } from '../domain';
import { returns } from '../registry';
import { pin, requiredText } from '../validation';

export const setupInput = z.object({
  schoolName: requiredText(60),
  roomName: requiredText(60),
  adminName: requiredText(30),
  pin,
  language: z.enum(LANGUAGES).default('zh-CN'),
});

export const setupContract = {
  'setup.status': returns<SetupStatus>()('kiosk', z.object({})),
  /** Only while no admin exists; signs the new admin in. */
  'setup.complete': returns<SessionInfo>()('kiosk', setupInput),
  /** Only while no admin exists: a demo room to try everything with. */
  'setup.seedDemo': returns<DemoSeedResult>()('kiosk', z.object({})),
};
