// Care records as the window sees them, built from care_record rows and from home-phone calls in
// which a parent was reached (those count as contacts and are shown read-only).
import type { Kysely } from 'kysely';
import type { CareKind, CareRecord, ContactMode, ContactWith, FollowUp, GrowthArea } from '../../../shared/domain';
import type { Database } from '../../db/schema';
import { followUpRows, toFollowUp } from './followUps';
import { dayOf } from './periods';
import { recordFor, type Reader } from './visibility';

export function recordRows(db: Kysely<Database>) {
  return db
    .selectFrom('care_record as r')
    .innerJoin('child as c', 'c.id', 'r.child_id')
    .innerJoin('staff as s', 's.id', 'r.staff_id')
    .selectAll('r')
    .select(['c.name as child_name', 's.name as staff_name']);
}

type RecordRow = Awaited<ReturnType<ReturnType<typeof recordRows>['executeTakeFirstOrThrow']>>;

function toRecord(r: RecordRow, followUp: FollowUp | null): CareRecord {
  return {
    id: r.id,
    childId: r.child_id,
    childName: r.child_name,
    kind: r.kind,
    date: r.date,
    staffId: r.staff_id,
    staffName: r.staff_name,
    contactWith: r.contact_with as ContactWith | null,
    contactMode: r.contact_mode as ContactMode | null,
    metWith: r.met_with,
    growthArea: r.growth_area as GrowthArea | null,
    letterTo: r.letter_to,
    letterSentOn: r.letter_sent_on,
    text: r.text,
    redacted: false,
    fromCall: false,
    followUp,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    createdAt: r.created_at,
  };
}

/** The rows as this reader may see them, each with the follow-up it raised. */
export async function toRecords(db: Kysely<Database>, reader: Reader, rows: RecordRow[]): Promise<CareRecord[]> {
  const ids = rows.map((r) => r.id);
  const raised = ids.length ? await followUpRows(db).where('f.record_id', 'in', ids).orderBy('f.id').execute() : [];
  const byRecord = new Map(raised.map((f) => [f.record_id, toFollowUp(reader, f)]));
  return rows.map((r) => recordFor(reader, toRecord(r, byRecord.get(r.id) ?? null)));
}

/** Calls in which the child talked with a parent, as read-only contact records (id: the call's id). */
export async function callContacts(db: Kysely<Database>, childId: number): Promise<CareRecord[]> {
  const rows = await db
    .selectFrom('call as k')
    .innerJoin('child as c', 'c.id', 'k.child_id')
    .innerJoin('child_parent as p', 'p.id', 'k.parent_id')
    .leftJoin('staff as s', 's.id', 'k.staff_id')
    .select(['k.id', 'k.child_id', 'k.staff_id', 'k.started_at', 'k.note', 'k.created_at'])
    .select(['c.name as child_name', 'p.relation', 's.name as staff_name'])
    .where('k.child_id', '=', childId)
    .where('k.outcome', '=', 'talked')
    .where('k.voided_at', 'is', null)
    .execute();
  const kind: CareKind = 'contact';
  return rows.map((r) => ({
    id: r.id,
    childId: r.child_id,
    childName: r.child_name,
    kind,
    date: dayOf(r.started_at),
    // A call is always placed by a teacher; 0 and '' only for a call some import left unsigned.
    staffId: r.staff_id ?? 0,
    staffName: r.staff_name ?? '',
    contactWith: r.relation,
    contactMode: 'phone',
    metWith: null,
    growthArea: null,
    letterTo: null,
    letterSentOn: null,
    // Teachers read call notes in the call log already; a call is never a counselling record.
    text: r.note,
    redacted: false,
    fromCall: true,
    followUp: null,
    voidedAt: null,
    voidReason: null,
    createdAt: r.created_at,
  }));
}

/** Code-point order: dates and stamps compare as written (a locale's collation might not). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first: by the day it happened, then by when it was written. */
export function newestFirst(a: CareRecord, b: CareRecord): number {
  return byText(b.date, a.date) || byText(b.createdAt, a.createdAt) || b.id - a.id;
}
