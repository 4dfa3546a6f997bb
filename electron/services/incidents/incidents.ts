// Recording incidents: who was involved, who was told, what was done, the follow-up. Never deleted:
// voided with a reason. The audit log gets ids, kinds and times, never a text or a name.
import type { ParsedInput } from '../../../shared/contract';
import type { Incident } from '../../../shared/domain';
import { AppError, type FieldIssue } from '../../../shared/errors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';
import { readIncident } from './rows';

type Fields = Omit<ParsedInput<'incidents.update'>, 'id'>;
type Notice = ParsedInput<'incidents.addNotice'>;

/** Before this a time is a typing mistake. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');

export function createIncidentsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  /** Not in the future by the PC's clock, not before 2000; a notice not before the incident. */
  function timeIssues(at: string, path: (string | number)[], notBefore?: string): FieldIssue[] {
    const t = Date.parse(at);
    if (!(t >= EARLIEST)) return [{ path, code: 'date' }];
    if (t > clock.now().getTime()) return [{ path, code: 'date_future' }];
    if (notBefore !== undefined && t < Date.parse(notBefore)) return [{ path, code: 'date_range' }];
    return [];
  }

  /** Children on the roll, or (on an edit) already in the incident. */
  async function childIssues(childIds: number[], already: number[] = []): Promise<FieldIssue[]> {
    const rows = await db.selectFrom('child').select(['id', 'archived_at']).where('id', 'in', childIds).execute();
    const ok = new Set(rows.filter((r) => r.archived_at === null || already.includes(r.id)).map((r) => r.id));
    return childIds.some((id) => !ok.has(id)) ? [{ path: ['childIds'], code: 'not_found' }] : [];
  }

  function refuse(issues: FieldIssue[]): void {
    if (issues.length) throw new AppError('invalid_input', { issues });
  }

  const columns = (f: Fields) => ({
    kind: f.kind,
    occurred_at: clock.stampOf(new Date(f.occurredAt)),
    place: f.place,
    what_happened: f.whatHappened,
    what_was_done: f.whatWasDone,
    follow_up: f.followUp,
  });

  async function linkChildren(incidentId: number, childIds: number[]): Promise<void> {
    const at = clock.stamp();
    await db
      .insertInto('incident_child')
      .values(childIds.map((child_id) => ({ incident_id: incidentId, child_id, created_at: at, updated_at: at })))
      .execute();
  }

  async function insertNotice(incidentId: number, n: Omit<Notice, 'incidentId'>): Promise<void> {
    const at = clock.stamp();
    const row = await db
      .insertInto('incident_notice')
      .values({ incident_id: incidentId, whom: n.whom, name: n.name, told_at: clock.stampOf(new Date(n.toldAt)), how: n.how, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('incidents.addNotice', 'incident_notice', row.id, { incidentId, whom: n.whom, how: n.how });
  }

  /** The incident as it stands, for one who may change it: not voided; the recorder or an admin when `own`. */
  async function changeable(id: number, own: boolean) {
    const row = await db.selectFrom('incident').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'incident' });
    if (own && row.recorded_by_staff_id !== actor.staffId && actor.role !== 'admin') throw new AppError('forbidden');
    if (row.voided_at !== null) throw new AppError('conflict', { entity: 'already_voided' });
    return row;
  }

  /** The full text: a line in the access log for each child it involves, once the read succeeded. */
  async function get(id: number): Promise<Incident> {
    const incident = await readIncident(db, id);
    for (const child of incident.children) await recordAccess(deps, child.id, 'incident');
    return incident;
  }

  async function create(input: ParsedInput<'incidents.create'>): Promise<Incident> {
    const staffId = actor.staffId;
    // The contract asks for a teacher, so someone always signs; this only tells the compiler.
    if (staffId === null) throw new AppError('forbidden');
    refuse([
      ...timeIssues(input.occurredAt, ['occurredAt']),
      ...(await childIssues(input.childIds)),
      ...input.notices.flatMap((n, i) => timeIssues(n.toldAt, ['notices', i, 'toldAt'], input.occurredAt)),
    ]);
    const at = clock.stamp();
    const row = await db
      .insertInto('incident')
      .values({ ...columns(input), follow_up_done_on: null, recorded_by_staff_id: staffId, voided_at: null, void_reason: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await linkChildren(row.id, input.childIds);
    await audit.record('incidents.create', 'incident', row.id, { kind: input.kind, occurredAt: input.occurredAt, childIds: input.childIds });
    for (const n of input.notices) await insertNotice(row.id, n);
    return readIncident(db, row.id);
  }

  async function update({ id, ...fields }: ParsedInput<'incidents.update'>): Promise<Incident> {
    const row = await changeable(id, true);
    const linked = (await db.selectFrom('incident_child').select('child_id').where('incident_id', '=', id).execute()).map((r) => r.child_id);
    const firstNotice = await db.selectFrom('incident_notice').select('told_at').where('incident_id', '=', id).orderBy('told_at').executeTakeFirst();
    const issues = [...timeIssues(fields.occurredAt, ['occurredAt']), ...(await childIssues(fields.childIds, linked))];
    // Nobody was told before it happened.
    if (issues.length === 0 && firstNotice && Date.parse(firstNotice.told_at) < Date.parse(fields.occurredAt)) issues.push({ path: ['occurredAt'], code: 'date_range' });
    refuse(issues);
    const at = clock.stamp();
    // A follow-up rewritten is a new one: it is open again.
    const doneOn = fields.followUp !== null && fields.followUp === row.follow_up ? row.follow_up_done_on : null;
    await db
      .updateTable('incident')
      .set({ ...columns(fields), follow_up_done_on: doneOn, updated_at: at })
      .where('id', '=', id)
      .execute();
    const gone = linked.filter((c) => !fields.childIds.includes(c));
    if (gone.length) await db.deleteFrom('incident_child').where('incident_id', '=', id).where('child_id', 'in', gone).execute();
    const added = fields.childIds.filter((c) => !linked.includes(c));
    if (added.length) await linkChildren(id, added);
    await audit.record('incidents.update', 'incident', id, { kind: fields.kind, occurredAt: fields.occurredAt, childIds: fields.childIds });
    return readIncident(db, id);
  }

  async function addNotice({ incidentId, ...notice }: Notice): Promise<Incident> {
    const row = await changeable(incidentId, false);
    refuse(timeIssues(notice.toldAt, ['toldAt'], row.occurred_at));
    await insertNotice(incidentId, notice);
    return readIncident(db, incidentId);
  }

  async function closeFollowUp({ id, doneOn }: ParsedInput<'incidents.closeFollowUp'>): Promise<Incident> {
    const row = await changeable(id, false);
    if (row.follow_up === null) throw new AppError('conflict', { entity: 'no_follow_up' });
    if (row.follow_up_done_on !== null) throw new AppError('conflict', { entity: 'follow_up_done' });
    const today = clock.today();
    const day = doneOn ?? today;
    if (day > today) refuse([{ path: ['doneOn'], code: 'date_future' }]);
    // Stored with the room's offset, so its first ten characters are the room's date.
    if (day < row.occurred_at.slice(0, 10)) refuse([{ path: ['doneOn'], code: 'date_range' }]);
    await db.updateTable('incident').set({ follow_up_done_on: day, updated_at: clock.stamp() }).where('id', '=', id).execute();
    await audit.record('incidents.closeFollowUp', 'incident', id, { doneOn: day });
    return readIncident(db, id);
  }

  /** By the recorder or an admin. The incident stays, marked void, out of the counts. */
  async function voidIncident({ id, reason }: ParsedInput<'incidents.void'>): Promise<{ id: number }> {
    await changeable(id, true);
    const at = clock.stamp();
    await db.updateTable('incident').set({ voided_at: at, void_reason: reason, updated_at: at }).where('id', '=', id).execute();
    // Never the reason: it may name a child.
    await audit.record('incidents.void', 'incident', id, {});
    return { id };
  }

  return { get, create, update, addNotice, closeFollowUp, voidIncident };
}
