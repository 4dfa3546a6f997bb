// Her data export's incident sheets: the incidents she was in, and who was told of them. Never the other
// children's names: an incident shared with them is hers only as far as it is about her.
import type { PolicyTable } from '../../db/dataPolicy';
import type { ServiceDeps } from '../deps';

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

/** Her incident sheets, in the order of her export (after her follow-ups). */
export const INCIDENT_SECTIONS = ['incidents', 'notices'] as const;

export const INCIDENT_LAYOUT = {
  incidents: ['occurredAt', 'kind', 'place', 'whatHappened', 'whatWasDone', 'followUp', 'followUpDoneOn', 'staffName', 'voidedAt', 'voidReason'],
  notices: ['occurredAt', 'whom', 'name', 'toldAt', 'how'],
} as const;

export const INCIDENT_TABLE_OF = { incidents: 'incident', notices: 'incident_notice' } as const satisfies Record<keyof typeof INCIDENT_LAYOUT, PolicyTable>;

export function incidentReaders({ db }: Pick<ServiceDeps, 'db'>) {
  const hers = (childId: number) => db.selectFrom('incident_child').select('incident_id').where('child_id', '=', childId);

  async function incidents(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('incident as i')
      .leftJoin('staff as s', 's.id', 'i.recorded_by_staff_id')
      .selectAll('i')
      .select('s.name as staff_name')
      .where('i.id', 'in', hers(childId))
      .orderBy('i.occurred_at')
      .orderBy('i.id')
      .execute();
    return rows.map((i) => ({
      occurredAt: i.occurred_at,
      kind: i.kind,
      place: i.place,
      whatHappened: i.what_happened,
      whatWasDone: i.what_was_done,
      followUp: i.follow_up,
      followUpDoneOn: i.follow_up_done_on,
      staffName: i.staff_name,
      voidedAt: i.voided_at,
      voidReason: i.void_reason,
    }));
  }

  async function notices(childId: number): Promise<Row[]> {
    const rows = await db
      .selectFrom('incident_notice as n')
      .innerJoin('incident as i', 'i.id', 'n.incident_id')
      .select(['i.occurred_at', 'n.whom', 'n.name', 'n.told_at', 'n.how'])
      .where('n.incident_id', 'in', hers(childId))
      .orderBy('n.told_at')
      .orderBy('n.id')
      .execute();
    return rows.map((n) => ({ occurredAt: n.occurred_at, whom: n.whom, name: n.name, toldAt: n.told_at, how: n.how }));
  }

  return { incidents, notices };
}
