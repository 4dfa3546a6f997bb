// The incident tables' Kysely view (migration 0021), apart from schema.ts to keep that file short.
import type { Generated } from 'kysely';
import type * as Domain from '../../shared/domain';

export interface IncidentTable {
  id: Generated<number>;
  kind: Domain.IncidentKind;
  /** When it happened, ISO-8601 with the room's offset. */
  occurred_at: string;
  /** The texts: NULL only after erasure of a child the incident involved. */
  place: string | null;
  what_happened: string | null;
  what_was_done: string | null;
  follow_up: string | null;
  /** Local date the follow-up was done; NULL while open or when there is none. */
  follow_up_done_on: string | null;
  recorded_by_staff_id: number;
  voided_at: string | null;
  void_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** The children one incident involved: one row each. */
export interface IncidentChildTable {
  id: Generated<number>;
  incident_id: number;
  child_id: number;
  created_at: string;
  updated_at: string;
}

/** Who was told of an incident, and when and how. */
export interface IncidentNoticeTable {
  id: Generated<number>;
  incident_id: number;
  whom: Domain.NoticeWhom;
  name: string | null;
  told_at: string;
  how: Domain.NoticeHow;
  created_at: string;
  updated_at: string;
}

export interface IncidentTables {
  incident: IncidentTable;
  incident_child: IncidentChildTable;
  incident_notice: IncidentNoticeTable;
}
