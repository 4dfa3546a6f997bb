// The new school year's step in one transaction (dispatch's), and its undo on the same day. The step's
// row keeps every changed column's value from before, so undo writes the rows back exactly as they were.
import type { ParsedInput } from '../../../shared/contract';
import type { BookingStatus, CheckoutMethod, SchoolYearStatus, SchoolYearStep, SchoolYearSummary } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { ServiceDeps } from '../deps';
import { settingsOf } from '../settings/settings';
import { calendarOf, schoolYearPreview } from './preview';

/** The archive reason a graduate gets (data, in the school's language). */
export const GRADUATED = '毕业';
const CHUNK = 500;

interface UndoData {
  children: { id: number; grade: number | null; archived_at: string | null; archive_reason: string | null; surrogate_staff_id: number | null; updated_at: string }[];
  activities: { id: number; archived_at: string | null; updated_at: string }[];
  visits: { id: number; checked_out_at: string | null; checkout_method: CheckoutMethod | null; check_out_staff_id: number | null; updated_at: string }[];
  bookings: { id: number; status: BookingStatus; closed_at: string | null; updated_at: string }[];
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

export function createSchoolYearService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  async function liveStep(calendarYear?: number) {
    let q = db
      .selectFrom('school_year_step as y')
      .leftJoin('staff as s', 's.id', 'y.run_by_staff_id')
      .select(['y.id', 'y.school_year', 'y.run_at', 'y.summary', 'y.undo', 's.name as run_by_name'])
      .where('y.undone_at', 'is', null);
    if (calendarYear !== undefined) q = q.where('y.school_year', '=', calendarYear);
    return q.orderBy('y.id', 'desc').executeTakeFirst();
  }

  function toStep(row: NonNullable<Awaited<ReturnType<typeof liveStep>>>): SchoolYearStep {
    return {
      id: row.id,
      schoolYear: row.school_year,
      runAt: row.run_at,
      runByName: row.run_by_name,
      summary: JSON.parse(row.summary) as SchoolYearSummary,
      // Stamps carry the room's offset, so the first ten characters are the local date.
      undoable: row.run_at.slice(0, 10) === clock.today(),
    };
  }

  async function status(): Promise<SchoolYearStatus> {
    const settings = await settingsOf(deps);
    const today = clock.today();
    const { calendarYear, startsOn, schoolYear } = calendarOf(today, settings.schoolYearStart);
    const step = await liveStep(calendarYear);
    // A room whose roll was first typed in after the start already has this year's grades.
    const rolledBefore = await db
      .selectFrom('child')
      .select('id')
      .where('archived_at', 'is', null)
      .where('erased_at', 'is', null)
      .where((eb) => eb(eb.fn('substr', ['created_at', eb.val(1), eb.val(10)]), '<', startsOn))
      .limit(1)
      .executeTakeFirst();
    return { schoolYear, startsOn, due: today >= startsOn && !step && rolledBefore !== undefined, step: step ? toStep(step) : null };
  }

  async function run({ keepBack, reassign }: ParsedInput<'schoolYear.run'>): Promise<SchoolYearStep> {
    const preview = await schoolYearPreview(deps);
    if (clock.today() < preview.startsOn) throw new AppError('conflict', { entity: 'school_year_not_due' });
    if (await liveStep(preview.schoolYear)) throw new AppError('conflict', { entity: 'school_year_done' });

    const movable = new Set([...preview.moves, ...preview.graduates].map((c) => c.childId));
    const kept = new Set(keepBack);
    const needing = new Set(preview.reassign.map((r) => r.childId));
    const staff = new Set(preview.candidates.map((s) => s.id));
    if (keepBack.some((id) => !movable.has(id))) throw new AppError('conflict', { entity: 'school_year_not_in_preview' });
    if (reassign.some((r) => !needing.has(r.childId) || (r.staffId !== null && !staff.has(r.staffId)))) throw new AppError('conflict', { entity: 'school_year_not_in_preview' });

    const promote = preview.moves.filter((c) => !kept.has(c.childId)).map((c) => c.childId);
    const graduate = preview.graduates.filter((c) => !kept.has(c.childId)).map((c) => c.childId);
    const touched = [...new Set([...promote, ...graduate, ...reassign.map((r) => r.childId)])];
    const groupIds = preview.groups.map((g) => g.id);
    const undo: UndoData = { children: [], activities: [], visits: [], bookings: [] };
    for (const ids of chunks(touched)) {
      undo.children.push(...(await db.selectFrom('child').select(['id', 'grade', 'archived_at', 'archive_reason', 'surrogate_staff_id', 'updated_at']).where('id', 'in', ids).execute()));
    }
    for (const ids of chunks(groupIds)) undo.activities.push(...(await db.selectFrom('activity').select(['id', 'archived_at', 'updated_at']).where('id', 'in', ids).execute()));

    const at = clock.stamp();
    for (const ids of chunks(promote)) {
      await db
        .updateTable('child')
        .set((eb) => ({ grade: eb('grade', '+', 1), updated_at: at }))
        .where('id', 'in', ids)
        .execute();
    }
    for (const ids of chunks(graduate)) {
      // As children.archive: she leaves the room and the phone queue too.
      const open = db
        .selectFrom('visit')
        .select(['id', 'checked_out_at', 'checkout_method', 'check_out_staff_id', 'updated_at'])
        .where('child_id', 'in', ids)
        .where('checked_out_at', 'is', null)
        .where('voided_at', 'is', null);
      undo.visits.push(...(await open.execute()));
      undo.bookings.push(...(await db.selectFrom('call_booking').select(['id', 'status', 'closed_at', 'updated_at']).where('child_id', 'in', ids).where('status', '=', 'waiting').execute()));
      await db.updateTable('child').set({ archived_at: at, archive_reason: GRADUATED, updated_at: at }).where('id', 'in', ids).execute();
    }
    for (const ids of chunks(undo.visits.map((v) => v.id))) {
      await db.updateTable('visit').set({ checked_out_at: at, checkout_method: 'staff', check_out_staff_id: actor.staffId, updated_at: at }).where('id', 'in', ids).execute();
    }
    for (const ids of chunks(undo.bookings.map((b) => b.id))) {
      await db.updateTable('call_booking').set({ status: 'cancelled', closed_at: at, updated_at: at }).where('id', 'in', ids).execute();
    }
    for (const r of reassign) await db.updateTable('child').set({ surrogate_staff_id: r.staffId, updated_at: at }).where('id', '=', r.childId).execute();
    for (const ids of chunks(groupIds)) await db.updateTable('activity').set({ archived_at: at, updated_at: at }).where('id', 'in', ids).execute();

    const summary: SchoolYearSummary = { promoted: promote.length, keptBack: kept.size, graduated: graduate.length, reassigned: reassign.length, groupsClosed: groupIds.length };
    const row = await db
      .insertInto('school_year_step')
      .values({
        school_year: preview.schoolYear,
        run_at: at,
        run_by_staff_id: actor.staffId,
        summary: JSON.stringify(summary),
        undo: JSON.stringify(undo),
        undone_at: null,
        undone_by_staff_id: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('schoolYear.run', 'school_year_step', row.id, { schoolYear: preview.schoolYear, ...summary, keptBackIds: [...kept], graduatedIds: graduate, groupIds });
    const step = await liveStep(preview.schoolYear);
    if (!step) throw new AppError('internal');
    return toStep(step);
  }

  async function undo(): Promise<SchoolYearStatus> {
    const step = await liveStep();
    if (!step) throw new AppError('conflict', { entity: 'school_year_no_step' });
    if (step.run_at.slice(0, 10) !== clock.today()) throw new AppError('conflict', { entity: 'school_year_undo_late' });
    const before = JSON.parse(step.undo) as UndoData;
    for (const c of before.children) {
      const { id, ...values } = c;
      await db.updateTable('child').set(values).where('id', '=', id).where('erased_at', 'is', null).execute();
    }
    for (const { id, ...values } of before.activities) await db.updateTable('activity').set(values).where('id', '=', id).execute();
    for (const { id, ...values } of before.visits) await db.updateTable('visit').set(values).where('id', '=', id).execute();
    for (const { id, ...values } of before.bookings) await db.updateTable('call_booking').set(values).where('id', '=', id).execute();
    const at = clock.stamp();
    await db.updateTable('school_year_step').set({ undone_at: at, undone_by_staff_id: actor.staffId, updated_at: at }).where('id', '=', step.id).execute();
    await audit.record('schoolYear.undo', 'school_year_step', step.id, { schoolYear: step.school_year, children: before.children.length, groups: before.activities.length });
    return status();
  }

  return { status, run, undo };
}
