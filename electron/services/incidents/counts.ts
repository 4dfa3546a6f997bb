// The weekly bundle's incident figures: how many of each kind, and follow-ups still open. Counts only:
// no text, no name, no child leaves the PC this way (the data policy keeps the texts secret).
import type { Kysely } from 'kysely';
import { INCIDENT_KINDS, type IncidentCounts } from '../../../shared/domain';
import type { Database } from '../../db/schema';

/** Incidents that happened in [from, to), voided ones left out; follow-ups of those not done by `asOf`. */
export async function incidentCounts(db: Kysely<Database>, from: string, to: string, asOf: string): Promise<IncidentCounts> {
  const rows = await db
    .selectFrom('incident')
    .select(['kind', 'follow_up', 'follow_up_done_on'])
    .where('occurred_at', '>=', from)
    .where('occurred_at', '<', to)
    .where('voided_at', 'is', null)
    .execute();
  const byKind = Object.fromEntries(INCIDENT_KINDS.map((kind) => [kind, rows.filter((r) => r.kind === kind).length])) as IncidentCounts['byKind'];
  // follow_up_done_on is a local day; asOf's first ten characters are its local day too.
  const openFollowUps = rows.filter((r) => r.follow_up !== null && (r.follow_up_done_on === null || r.follow_up_done_on > asOf.slice(0, 10))).length;
  return { byKind, openFollowUps };
}
