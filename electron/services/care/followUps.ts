// Follow-ups: raised by a record ("low mood, talk again in a week") or by the app when a parent has
// not been reached; open until someone completes them, and shown on the due list until then.
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { FollowUp, FollowUpReason } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { inGroup } from './roll';
import { followUpFor, readerOf, type Reader } from './visibility';

/** Follow-ups with the names they show; callers add the filters. */
export function followUpRows(db: Kysely<Database>) {
  return db
    .selectFrom('care_follow_up as f')
    .innerJoin('child as c', 'c.id', 'f.child_id')
    .leftJoin('care_record as r', 'r.id', 'f.record_id')
    .leftJoin('staff as raiser', 'raiser.id', 'f.raised_by_staff_id')
    .leftJoin('staff as doer', 'doer.id', 'f.done_by_staff_id')
    .selectAll('f')
    .select(['c.name as child_name', 'r.kind as record_kind', 'raiser.name as raised_by', 'doer.name as done_by']);
}

export type FollowUpRow = Awaited<ReturnType<ReturnType<typeof followUpRows>['executeTakeFirstOrThrow']>>;

export function toFollowUp(reader: Reader, r: FollowUpRow): FollowUp {
  const followUp: FollowUp = {
    id: r.id,
    childId: r.child_id,
    childName: r.child_name,
    recordId: r.record_id,
    reason: r.reason,
    note: r.note,
    redacted: false,
    dueOn: r.due_on,
    raisedBy: r.raised_by,
    doneAt: r.done_at,
    doneBy: r.done_by,
    doneNote: r.done_note,
  };
  return followUpFor(reader, followUp, r.record_kind === 'counselling');
}

/** A new open follow-up (from a record, the app, or the child herself); answers its id. */
export async function insertFollowUp(
  db: Kysely<Database>,
  f: { childId: number; recordId: number | null; reason: FollowUpReason; note: string; dueOn: string; raisedBy: number | null },
  at: string,
): Promise<number> {
  const row = await db
    .insertInto('care_follow_up')
    .values({
      child_id: f.childId,
      record_id: f.recordId,
      reason: f.reason,
      note: f.note,
      due_on: f.dueOn,
      raised_by_staff_id: f.raisedBy,
      done_at: null,
      done_by_staff_id: null,
      done_note: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A child's wish to talk to the counsellor is for counsellors and admins only: others never see the row. */
const seenBy = (reader: Reader) => (reader.readsCounselling ? sql<boolean>`1` : sql<boolean>`f.reason != 'talk_counsellor'`);

/** Open follow-ups of one surrogate parent's group on the roll (see inGroup), the earliest due first, by child. */
export async function openFollowUps(db: Kysely<Database>, reader: Reader, staffId: number | null): Promise<Map<number, FollowUp[]>> {
  const q = followUpRows(db).where('f.done_at', 'is', null).where('c.archived_at', 'is', null).where(inGroup(staffId)).where(seenBy(reader));
  const byChild = new Map<number, FollowUp[]>();
  for (const r of await q.orderBy('f.due_on').orderBy('f.id').execute()) {
    const list = byChild.get(r.child_id) ?? [];
    list.push(toFollowUp(reader, r));
    byChild.set(r.child_id, list);
  }
  return byChild;
}

export function createFollowUpsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  /** mine: follow-ups of the caller's children and those she raised herself. Open ones first. */
  async function list({ scope, includeDone }: ParsedInput<'care.followUps'>): Promise<FollowUp[]> {
    const reader = await readerOf(deps);
    let q = followUpRows(db).where('c.archived_at', 'is', null).where(seenBy(reader));
    if (!includeDone) q = q.where('f.done_at', 'is', null);
    if (scope === 'mine') {
      const me = actor.staffId ?? -1;
      q = q.where((eb) => eb.or([eb('c.surrogate_staff_id', '=', me), eb('f.raised_by_staff_id', '=', me)]));
    }
    const rows = await q
      .orderBy(sql`f.done_at is not null`)
      .orderBy('f.due_on')
      .orderBy('f.id')
      .execute();
    return rows.map((r) => toFollowUp(reader, r));
  }

  /**
   * care.talkRequests: children who asked at the kiosk to talk, for this reader: her own children's and
   * those of children with no surrogate parent (all children's for an admin); counsellor requests for a
   * counsellor or an admin. The oldest first.
   */
  async function talkRequests(): Promise<FollowUp[]> {
    const reader = await readerOf(deps);
    const rows = await followUpRows(db)
      .where('f.done_at', 'is', null)
      .where('c.archived_at', 'is', null)
      .where((eb) =>
        eb.or([
          eb.and([eb('f.reason', '=', 'talk'), reader.isAdmin ? sql<boolean>`1` : eb.or([inGroup(reader.staffId), inGroup(null)])]),
          eb.and([eb('f.reason', '=', 'talk_counsellor'), reader.readsCounselling ? sql<boolean>`1` : sql<boolean>`0`]),
        ]),
      )
      .orderBy('f.created_at')
      .orderBy('f.id')
      .execute();
    return rows.map((r) => toFollowUp(reader, r));
  }

  async function complete({ id, note }: ParsedInput<'care.completeFollowUp'>): Promise<FollowUp> {
    const row = await db.selectFrom('care_follow_up').select(['id', 'done_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'follow_up' });
    if (row.done_at !== null) throw new AppError('conflict', { entity: 'follow_up_done' });
    const at = clock.stamp();
    await db
      .updateTable('care_follow_up')
      .set({ done_at: at, done_by_staff_id: actor.staffId, done_note: note ? note : null, updated_at: at })
      .where('id', '=', id)
      .execute();
    await audit.record('care.completeFollowUp', 'care_follow_up', id);
    return toFollowUp(await readerOf(deps), await followUpRows(db).where('f.id', '=', id).executeTakeFirstOrThrow());
  }

  return { list, talkRequests, complete };
}
