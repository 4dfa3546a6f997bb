// Signing a window in with a teacher's PIN and out again. The session changes through the method's
// context, so it takes effect once the command has committed.
import type { ParsedInput } from '../../../shared/contract';
import type { SessionInfo, UnlockResult } from '../../../shared/domain';
import type { MethodContext } from '../deps';
import { createStaffService } from '../staff/staff';

export function createAuthService(ctx: MethodContext) {
  async function unlock({ staffId, pin }: ParsedInput<'auth.unlock'>): Promise<UnlockResult> {
    const { result } = await createStaffService(ctx).checkPin(staffId, pin);
    if (result.status === 'unlocked') ctx.signIn(result.session);
    return result;
  }

  function lock(): SessionInfo {
    ctx.signOut();
    return { role: 'kiosk', staffId: null, staffName: null };
  }

  return { unlock, lock };
}
