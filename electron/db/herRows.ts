// Which rows of a table are a child's: erasure, the audit scrub and the policy test pick them alike.
import { sql, type RawBuilder } from 'kysely';
import type { CHILD_ROW_TABLES, PolicyTable } from './dataPolicy';

/** The tables whose rows reach a child through incident_child (an incident may involve several children). */
const INCIDENT_TABLES = new Set<PolicyTable>(['incident', 'incident_notice']);

/** The condition that picks a child's rows of one of CHILD_ROW_TABLES (for an incident table: the incidents she was in). */
export function herRows(table: (typeof CHILD_ROW_TABLES)[number], childId: number): RawBuilder<boolean> {
  if (!INCIDENT_TABLES.has(table)) return sql<boolean>`child_id = ${childId}`;
  return sql<boolean>`${sql.ref(table === 'incident' ? 'id' : 'incident_id')} in (select incident_id from incident_child where child_id = ${childId})`;
}
