// First run: the school, the room and the first admin; or a demo room to try things with.
import type { z } from 'zod';
import type { DemoSeedResult, SessionInfo, SetupStatus } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { setupInput } from '../../../shared/methods/setup';
import type { MethodContext, ServiceDeps } from '../deps';
import { seedDemo } from './demo';
import { createSettingsService } from '../settings/settings';
import { createStaffService } from '../staff/staff';

export function createSetupService(deps: ServiceDeps) {
  const settings = createSettingsService(deps);
  const staff = createStaffService(deps);

  async function status(): Promise<SetupStatus> {
    const s = await settings.get();
    return {
      isSetUp: await staff.hasAdmin(),
      schoolName: s.schoolName,
      roomName: s.roomName,
      language: s.language,
      idleLockMinutes: s.idleLockMinutes,
    };
  }

  async function ensureNotSetUp(): Promise<void> {
    if (await staff.hasAdmin()) throw new AppError('already_set_up');
  }

  async function complete(input: z.output<typeof setupInput>): Promise<SessionInfo> {
    await ensureNotSetUp();
    await settings.update({ schoolName: input.schoolName, roomName: input.roomName, language: input.language });
    const admin = await staff.create({ name: input.adminName, role: 'admin', pin: input.pin });
    return { role: 'admin', staffId: admin.id, staffName: admin.name };
  }

  /** setup.complete: the first admin is signed in once the room is set up. */
  async function completeAndSignIn(ctx: MethodContext, input: z.output<typeof setupInput>): Promise<SessionInfo> {
    const session = await complete(input);
    ctx.signIn(session);
    return session;
  }

  async function demo(): Promise<DemoSeedResult> {
    await ensureNotSetUp();
    return seedDemo(deps);
  }

  return { status, complete, completeAndSignIn, demo };
}
