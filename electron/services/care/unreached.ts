// The follow-up the app raises by itself: a parent not reached on three call attempts in a row.
import { createAudit } from '../audit';
import { addDays, SYSTEM_ACTOR } from '../room/checkins';
import type { ServiceDeps } from '../deps';
import { insertFollowUp } from './followUps';

export const UNREACHED_ATTEMPTS = 3;
/** Days the surrogate parent has to reach the family another way. */
export const UNREACHED_DUE_DAYS = 3;
const FAILED = new Set(['no_answer', 'busy', 'wrong_number']);

/**
 * Called in the same transaction as a call's outcome is written. Raises a 'parent_unreached'
 * follow-up (raised by no one, audited as the system) when the last three finished, non-voided
 * calls to this parent all failed, unless one is already open for the child.
 */
export async function raiseIfUnreached({ db, clock }: Pick<ServiceDeps, 'db' | 'clock'>, childId: number, parentId: number): Promise<void> {
  const last = await db
    .selectFrom('call')
    .select('outcome')
    .where('parent_id', '=', parentId)
    .where('voided_at', 'is', null)
    .where('outcome', 'is not', null)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(UNREACHED_ATTEMPTS)
    .execute();
  if (last.length < UNREACHED_ATTEMPTS || !last.every((c) => c.outcome !== null && FAILED.has(c.outcome))) return;

  const child = await db.selectFrom('child').select('archived_at').where('id', '=', childId).executeTakeFirst();
  if (!child || child.archived_at !== null) return;
  const open = await db.selectFrom('care_follow_up').select('id').where('child_id', '=', childId).where('reason', '=', 'parent_unreached').where('done_at', 'is', null).executeTakeFirst();
  if (open) return;

  const parent = await db.selectFrom('child_parent').select('relation').where('id', '=', parentId).executeTakeFirstOrThrow();
  const at = clock.stamp();
  const id = await insertFollowUp(db, { childId, recordId: null, reason: 'parent_unreached', note: parent.relation, dueOn: addDays(clock.today(), UNREACHED_DUE_DAYS), raisedBy: null }, at);
  await createAudit(db, clock, SYSTEM_ACTOR).record('care.followUp.parentUnreached', 'care_follow_up', id, { childId, parentId });
}
