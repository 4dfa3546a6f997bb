// Who may read what: counselling notes are for admins and counsellors only (a teacher sees that a
// counselling record exists, never its text, nor the notes of a follow-up it raised or completed it).
import type { CareRecord, FollowUp } from '../../../shared/domain';
import type { ServiceDeps } from '../deps';

export interface Reader {
  staffId: number | null;
  isAdmin: boolean;
  readsCounselling: boolean;
}

export async function readerOf({ db, actor }: Pick<ServiceDeps, 'db' | 'actor'>): Promise<Reader> {
  const isAdmin = actor.role === 'admin';
  if (isAdmin || actor.staffId === null) return { staffId: actor.staffId, isAdmin, readsCounselling: isAdmin };
  const row = await db.selectFrom('staff').select('counsellor').where('id', '=', actor.staffId).executeTakeFirst();
  return { staffId: actor.staffId, isAdmin, readsCounselling: row?.counsellor === 1 };
}

/** A follow-up as this reader may see it. */
export function followUpFor(reader: Reader, followUp: FollowUp, fromCounselling: boolean): FollowUp {
  if (!fromCounselling || reader.readsCounselling) return followUp;
  // The note that completed it is written from the same talk: withheld just as the talk's text is.
  return { ...followUp, note: '', doneNote: null, redacted: true };
}

/** A record as this reader may see it: a counselling record's text and follow-up note withheld. */
export function recordFor(reader: Reader, record: CareRecord): CareRecord {
  if (record.kind !== 'counselling' || reader.readsCounselling) return record;
  return {
    ...record,
    text: null,
    redacted: true,
    followUp: record.followUp && followUpFor(reader, record.followUp, true),
  };
}
