// Reads of a minor's file leave a trace (PIPL): who opened which child's file or care records, when.
import type { AccessKind } from '../../shared/domain';
import type { ServiceDeps } from './deps';

/** Called by the services that show a child's file, care records, growth file or data export. */
export async function recordAccess({ db, clock, actor }: ServiceDeps, childId: number, what: AccessKind): Promise<void> {
  const at = clock.stamp();
  await db.insertInto('access_log').values({ staff_id: actor.staffId, role: actor.role, child_id: childId, what, created_at: at, updated_at: at }).execute();
}
