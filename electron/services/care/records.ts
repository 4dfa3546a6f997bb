// Writing, reading and voiding care records. Records are dated, signed by the writer and never
// deleted; a counselling record is written and read by admins and counsellors only.
import type { ParsedInput } from '../../../shared/contract';
import type { CareRecord } from '../../../shared/domain';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';
import { insertFollowUp } from './followUps';
import { callContacts, newestFirst, recordRows, toRecords } from './recordRows';
import { readerOf } from './visibility';

export type CareInput = ParsedInput<'care.create'>;

/** The kind-specific columns of one input; what a kind does not use stays null (a letter has no text). */
function columnsOf(input: CareInput) {
  const none = { contact_with: null, contact_mode: null, met_with: null, growth_area: null, letter_to: null, letter_sent_on: null };
  switch (input.kind) {
    case 'talk':
    case 'counselling':
      return { ...none, text: input.text };
    case 'contact':
      return { ...none, contact_with: input.contactWith, contact_mode: input.contactMode, text: input.text };
    case 'home_visit':
      return { ...none, met_with: input.metWith, text: input.text };
    case 'letter':
      return { ...none, letter_to: input.letterTo, letter_sent_on: input.letterSentOn, text: null };
    case 'growth':
      return { ...none, growth_area: input.growthArea, text: input.text };
  }
}

function dateIssues(input: CareInput, today: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.date > today) issues.push({ path: ['date'], code: 'date_future' });
  if (input.kind === 'letter' && input.letterSentOn !== null) {
    if (input.letterSentOn > today) issues.push({ path: ['letterSentOn'], code: 'date_future' });
    else if (input.letterSentOn < input.date) issues.push({ path: ['letterSentOn'], code: 'date_range' });
  }
  // A follow-up is for what is still to do.
  if (input.followUp && input.followUp.dueOn < today) issues.push({ path: ['followUp', 'dueOn'], code: 'date_range' });
  return issues;
}

export function createRecordsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  async function childOf(childId: number, onRoll: boolean): Promise<void> {
    const child = await db.selectFrom('child').select('archived_at').where('id', '=', childId).executeTakeFirst();
    if (!child || (onRoll && child.archived_at !== null)) throw new AppError('not_found', { entity: 'child' });
  }

  /**
   * A child's records and the calls that reached a parent, newest first; voided records included.
   * Reading them leaves a line in the access log (PIPL), written only once the read succeeded.
   */
  async function list({ childId, kinds }: ParsedInput<'care.records'>): Promise<CareRecord[]> {
    await childOf(childId, false);
    if (kinds?.length === 0) {
      await recordAccess(deps, childId, 'care');
      return [];
    }
    const reader = await readerOf(deps);
    let q = recordRows(db).where('r.child_id', '=', childId);
    if (kinds) q = q.where('r.kind', 'in', kinds);
    const records = await toRecords(db, reader, await q.execute());
    const calls = !kinds || kinds.includes('contact') ? await callContacts(db, childId) : [];
    await recordAccess(deps, childId, 'care');
    return [...records, ...calls].sort(newestFirst);
  }

  async function read(id: number): Promise<CareRecord> {
    const row = await recordRows(db).where('r.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'care_record' });
    const reader = await readerOf(deps);
    if (row.kind === 'counselling' && !reader.readsCounselling) throw new AppError('forbidden');
    const [record] = await toRecords(db, reader, [row]);
    return record!; // one row in, one record out
  }

  /** A read of one record: a line in the access log, as for the list. */
  async function get(id: number): Promise<CareRecord> {
    const record = await read(id);
    await recordAccess(deps, record.childId, 'care');
    return record;
  }

  async function create(input: CareInput): Promise<CareRecord> {
    const staffId = actor.staffId;
    // The contract asks for a teacher, so someone always signs; this only tells the compiler.
    if (staffId === null) throw new AppError('forbidden');
    await childOf(input.childId, true);
    if (input.kind === 'counselling' && !(await readerOf(deps)).readsCounselling) throw new AppError('forbidden');
    const issues = dateIssues(input, clock.today());
    if (issues.length) throw new AppError('invalid_input', { issues });
    const at = clock.stamp();
    const row = await db
      .insertInto('care_record')
      .values({
        child_id: input.childId,
        kind: input.kind,
        date: input.date,
        staff_id: staffId,
        ...columnsOf(input),
        voided_at: null,
        void_reason: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Never the text: the audit log is read by people who may not read the record.
    await audit.record('care.create', 'care_record', row.id, { childId: input.childId, kind: input.kind, date: input.date });
    if (input.followUp) await raiseFollowUp(input.childId, row.id, input.followUp, staffId);
    return read(row.id);
  }

  async function raiseFollowUp(childId: number, recordId: number, followUp: { note: string; dueOn: string }, staffId: number): Promise<void> {
    const at = clock.stamp();
    const id = await insertFollowUp(db, { childId, recordId, reason: 'record', note: followUp.note, dueOn: followUp.dueOn, raisedBy: staffId }, at);
    await audit.record('care.raiseFollowUp', 'care_follow_up', id, { recordId, dueOn: followUp.dueOn });
  }

  /** By the writer or an admin. The record stays, marked void; a follow-up it raised is closed with it. */
  async function voidRecord({ id, reason }: ParsedInput<'care.void'>): Promise<{ id: number }> {
    const row = await db.selectFrom('care_record').select(['id', 'staff_id', 'voided_at']).where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'care_record' });
    if (row.staff_id !== actor.staffId && actor.role !== 'admin') throw new AppError('forbidden');
    if (row.voided_at !== null) throw new AppError('conflict', { entity: 'already_voided' });
    const at = clock.stamp();
    await db.updateTable('care_record').set({ voided_at: at, void_reason: reason, updated_at: at }).where('id', '=', id).execute();
    await audit.record('care.void', 'care_record', id, { reason });
    const closed = await db
      .updateTable('care_follow_up')
      .set({ done_at: at, done_by_staff_id: actor.staffId, updated_at: at })
      .where('record_id', '=', id)
      .where('done_at', 'is', null)
      .returning('id')
      .execute();
    for (const f of closed) await audit.record('care.completeFollowUp', 'care_follow_up', f.id, { recordVoided: id });
    return { id };
  }

  return { list, get, create, voidRecord };
}
