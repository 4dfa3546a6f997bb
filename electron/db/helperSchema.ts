// Migration 0025: the room's helpers and the aid given (issue 20, point 6), joined into `Database` in schema.ts.
import type { Generated } from 'kysely';
import type { AidKind, HelperKind } from '../../shared/domain';

interface Timestamps {
  created_at: string;
  updated_at: string;
}

/** A volunteer or caring mother (爱心妈妈). */
export interface HelperTable extends Timestamps {
  id: Generated<number>;
  name: string;
  phone: string | null;
  kind: HelperKind;
  organisation: string | null;
  note: string | null;
  archived_at: string | null;
}

/** A child a helper looks after. helper_id is NULL once the child's data is erased. */
export interface HelperChildTable extends Timestamps {
  id: Generated<number>;
  helper_id: number | null;
  child_id: number;
  since: string;
  ended_on: string | null;
}

export interface HelperVisitTable extends Timestamps {
  id: Generated<number>;
  helper_id: number;
  date: string;
  what: string | null;
  /** Who recorded it. */
  staff_id: number | null;
}

/** A child a visit was for. visit_id is NULL once the child's data is erased. */
export interface HelperVisitChildTable extends Timestamps {
  id: Generated<number>;
  visit_id: number | null;
  child_id: number;
}

export interface AidTable extends Timestamps {
  id: Generated<number>;
  kind: AidKind;
  description: string;
  /** Money in fen (yuan × 100), so sums stay exact. */
  amount_fen: number | null;
  quantity: number | null;
  date: string;
  /** Free text: a company, a person, 团县委… */
  donor: string | null;
  /** The staff member who gave it out. */
  staff_id: number | null;
  voided_at: string | null;
  void_reason: string | null;
}

export interface AidChildTable extends Timestamps {
  id: Generated<number>;
  aid_id: number;
  child_id: number;
}

export interface HelperTables {
  helper: HelperTable;
  helper_child: HelperChildTable;
  helper_visit: HelperVisitTable;
  helper_visit_child: HelperVisitChildTable;
  aid: AidTable;
  aid_child: AidChildTable;
}
