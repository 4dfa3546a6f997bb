// The queries of a tap at the door (check-in, check-out, and the settling of visits left open before
// them), compiled once (db/compiled.ts): the kiosk runs them all day.
import { compiledQuery, type Slots } from '../../db/compiled';

export interface ActiveChild {
  id: number;
  name: string;
  birthDate: string | null;
  grade: number | null;
  deFactoUnsupported: number;
  openVisitId: number | null;
  leaveHeldAt: string | null;
}

/** One read answers all a tap asks of the child. */
export const activeChildQuery = compiledQuery((db, slot: Slots<{ childId: number }>) =>
  db
    .selectFrom('child')
    .leftJoin('visit', (join) => join.onRef('visit.child_id', '=', 'child.id').on('visit.checked_out_at', 'is', null).on('visit.voided_at', 'is', null))
    .select([
      'child.id',
      'child.name',
      'child.birth_date as birthDate',
      'child.grade',
      'child.de_facto_unsupported as deFactoUnsupported',
      'visit.id as openVisitId',
      'visit.leave_held_at as leaveHeldAt',
    ])
    .where('child.id', '=', slot('childId'))
    .where('child.archived_at', 'is', null),
);

export const openVisitQuery = compiledQuery((db, slot: Slots<{ childId: number; at: string; staffId: number | null }>) =>
  db
    .insertInto('visit')
    .values({ child_id: slot('childId'), checked_in_at: slot('at'), check_in_staff_id: slot('staffId'), created_at: slot('at'), updated_at: slot('at') })
    .returning('id'),
);

/** Visits still open from before `before`; held ones only from an earlier day than `dayStart`. */
export const dueVisitsQuery = compiledQuery((db, slot: Slots<{ before: string; dayStart: string }>) =>
  db
    .selectFrom('visit')
    .selectAll()
    .where('checked_out_at', 'is', null)
    .where('voided_at', 'is', null)
    .where('checked_in_at', '<', slot('before'))
    // A check-out held for a teacher is hers to decide: it stays listed past closing, and only a new
    // day closes it (at its closing, as any other, its request and hold kept on the row).
    .where((eb) => eb.or([eb('leave_held_at', 'is', null), eb('checked_in_at', '<', slot('dayStart'))])),
);
