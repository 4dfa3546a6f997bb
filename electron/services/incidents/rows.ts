// Incidents as the window sees them: the list's rows (no text) and one incident in full.
import { sql, type Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import type { Incident, IncidentChild, IncidentSummary, Page } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Database } from '../../db/schema';

/** Written, not done and not voided: what the duty teacher still has to see to. */
const openFollowUp = sql<boolean>`(i.follow_up is not null and i.follow_up_done_on is null and i.voided_at is null)`;

function summaryRows(db: Kysely<Database>) {
  return db
    .selectFrom('incident as i')
    .innerJoin('staff as s', 's.id', 'i.recorded_by_staff_id')
    .select([
      'i.id',
      'i.kind',
      'i.occurred_at',
      'i.follow_up_done_on',
      'i.voided_at',
      's.name as staff_name',
      sql<number>`${openFollowUp}`.as('follow_up_open'),
      (eb) =>
        eb
          .selectFrom('incident_notice as n')
          .select((n) => n.fn.countAll<number>().as('n'))
          .whereRef('n.incident_id', '=', 'i.id')
          .as('notices'),
    ]);
}

/** The children of each incident, by name within one incident. */
async function childrenOf(db: Kysely<Database>, ids: number[]): Promise<Map<number, IncidentChild[]>> {
  const out = new Map<number, IncidentChild[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('incident_child as ic')
    .innerJoin('child as c', 'c.id', 'ic.child_id')
    .select(['ic.incident_id', 'c.id', 'c.name'])
    .where('ic.incident_id', 'in', ids)
    .orderBy('ic.id')
    .execute();
  for (const r of rows) out.get(r.incident_id)?.push({ id: r.id, name: r.name });
  return out;
}

export async function listIncidents(db: Kysely<Database>, input: ParsedInput<'incidents.list'>): Promise<Page<IncidentSummary>> {
  let q = summaryRows(db);
  if (input.kind) q = q.where('i.kind', '=', input.kind);
  if (input.childId !== undefined) {
    const childId = input.childId;
    q = q.where('i.id', 'in', (eb) => eb.selectFrom('incident_child').select('incident_id').where('child_id', '=', childId));
  }
  if (input.openFollowUp) q = q.where(openFollowUp);
  const total = await db
    .selectFrom(q.as('page'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await q.orderBy('i.occurred_at', 'desc').orderBy('i.id', 'desc').limit(input.limit).offset(input.offset).execute();
  const children = await childrenOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    total: Number(total.n),
    rows: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      occurredAt: r.occurred_at,
      children: children.get(r.id) ?? [],
      recordedByName: r.staff_name,
      notices: Number(r.notices),
      followUpOpen: Number(r.follow_up_open) === 1,
      followUpDoneOn: r.follow_up_done_on,
      voided: r.voided_at !== null,
    })),
  };
}

export async function readIncident(db: Kysely<Database>, id: number): Promise<Incident> {
  const row = await db
    .selectFrom('incident as i')
    .innerJoin('staff as s', 's.id', 'i.recorded_by_staff_id')
    .selectAll('i')
    .select(['s.name as staff_name', sql<number>`${openFollowUp}`.as('follow_up_open')])
    .where('i.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('not_found', { entity: 'incident' });
  const notices = await db.selectFrom('incident_notice').selectAll().where('incident_id', '=', id).orderBy('told_at').orderBy('id').execute();
  const children = await childrenOf(db, [id]);
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    children: children.get(id) ?? [],
    recordedByStaffId: row.recorded_by_staff_id,
    recordedByName: row.staff_name,
    place: row.place,
    whatHappened: row.what_happened,
    whatWasDone: row.what_was_done,
    followUp: row.follow_up,
    followUpOpen: Number(row.follow_up_open) === 1,
    followUpDoneOn: row.follow_up_done_on,
    notices: notices.map((n) => ({ id: n.id, whom: n.whom, name: n.name, toldAt: n.told_at, how: n.how })),
    voided: row.voided_at !== null,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    createdAt: row.created_at,
  };
}
