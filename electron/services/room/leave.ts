// How a child leaves (issue 16): the rules that hold a kiosk check-out for a teacher, the list of who
// waits, and the teachers signed in for duty now (the head-count ratio counts them).
import type { LeaveHoldReason, LeaveMode, LeaveWaiting } from '../../../shared/domain';
import { dayStart } from './checkins';
import { createCollectorsService, toCollector } from '../children/collectors';
import type { ServiceDeps } from '../deps';
import { settingsOf } from '../settings/settings';

interface HoldFacts {
  grade: number | null;
  deFactoUnsupported: boolean;
  /** The collector she picked, when she picked one. */
  collector: { mayCollect: boolean } | null;
}

/**
 * Leaving alone waits for a teacher below the grade set in Settings (an unknown grade too: nobody has
 * said she is old enough) or when she is flagged 事实无人抚养; being collected waits when the person is
 * on her "may not collect" list. Going to the dormitory is never held.
 */
export function holdReason(mode: LeaveMode | null, facts: HoldFacts, leaveAloneFromGrade: number): LeaveHoldReason | null {
  if (mode === 'guardian' && facts.collector && !facts.collector.mayCollect) return 'excluded';
  if (mode !== 'home_alone') return null;
  if (facts.deFactoUnsupported) return 'unsupported';
  if (facts.grade === null || facts.grade < leaveAloneFromGrade) return 'grade';
  return null;
}

export function createLeaveService(deps: ServiceDeps) {
  const { db, clock } = deps;

  /** Open visits held for a teacher, longest waiting first, each with the child's list to pick from. */
  async function waiting(): Promise<LeaveWaiting[]> {
    const rows = await db
      .selectFrom('visit')
      .innerJoin('child', 'child.id', 'visit.child_id')
      .select([
        'visit.id as visitId',
        'visit.child_id as childId',
        'child.name as childName',
        'child.grade',
        'child.class_no as classNo',
        'visit.leave_request as request',
        'visit.leave_request_by as requestBy',
        'visit.leave_held_at as heldAt',
        'visit.leave_hold_reason as reason',
      ])
      .where('visit.checked_out_at', 'is', null)
      .where('visit.voided_at', 'is', null)
      .where('visit.leave_held_at', 'is not', null)
      .orderBy('visit.leave_held_at')
      .orderBy('visit.id')
      .execute();
    const collectors = createCollectorsService(deps);
    const out: LeaveWaiting[] = [];
    for (const r of rows) {
      out.push({ ...r, heldAt: r.heldAt as string, reason: r.reason ?? 'grade', collectors: (await collectors.rows(r.childId)).map(toCollector) });
    }
    return out;
  }

  /** Teachers signed in for duty today and not signed out; a sign-in left open from an earlier day is not "now". */
  async function onDuty(): Promise<string[]> {
    const { timezone: tz } = await settingsOf(deps);
    const rows = await db
      .selectFrom('duty_signin')
      .innerJoin('staff', 'staff.id', 'duty_signin.staff_id')
      .select('staff.name')
      .where('duty_signin.signed_out_at', 'is', null)
      .where('duty_signin.signed_in_at', '>=', dayStart(clock.today(), tz))
      .orderBy('duty_signin.signed_in_at')
      .execute();
    return rows.map((r) => r.name);
  }

  return { waiting, onDuty };
}
