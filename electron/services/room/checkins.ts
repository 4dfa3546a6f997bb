// Visits to the room: check-in and check-out (by the child at the kiosk, by a teacher, or by the app
// at closing time), corrections and the day's history.
import dayjs from 'dayjs';
import type { ParsedInput } from '../../../shared/contract';
import type { CheckoutMethod, LeaveMode, RoomStatus, Visit } from '../../../shared/domain';
import { AppError, invalid, type FieldIssue } from '../../../shared/errors';
import { fromLocal, toLocalDate, toStamp } from '../../../shared/time';
import type { VisitRow } from '../../db/schema';
import { createAudit } from '../audit';
import { createCollectorsService } from '../children/collectors';
import { createHealthService } from '../children/health';
import type { Audit, ServiceDeps } from '../deps';
import { activeChildQuery, dueVisitsQuery, openVisitQuery, type ActiveChild } from './checkinQueries';
import { createLeaveService, holdReason } from './leave';
import { settingsOf } from '../settings/settings';

/** Who the audit log names for what the app does by itself. */
export const SYSTEM_ACTOR = { role: 'system', staffId: null } as const;

/** The instant a local date (YYYY-MM-DD) begins in the room's zone, as a stored stamp. */
export function dayStart(date: string, tz: string): string {
  return toStamp(fromLocal(date, '00:00', tz), tz);
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Calendar arithmetic on YYYY-MM-DD, free of the machine's own zone. Plain UTC day arithmetic for years
 * 1000–9999 (dayjs took a tenth of a loan at the desk); anything else as dayjs reads it.
 */
export function addDays(date: string, days: number): string {
  const match = CALENDAR_DATE.exec(date);
  const year = Number(match?.[1]);
  if (!match || year < 1000 || !Number.isInteger(days)) return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
  const at = new Date(Date.UTC(year, Number(match[2]) - 1, Number(match[3]) + days));
  const y = at.getUTCFullYear();
  if (y < 1000 || y > 9999) return dayjs.utc(date).add(days, 'day').format('YYYY-MM-DD');
  return `${y}-${String(at.getUTCMonth() + 1).padStart(2, '0')}-${String(at.getUTCDate()).padStart(2, '0')}`;
}

export function closingOn(date: string, closingTime: string, tz: string): Date {
  return fromLocal(date, closingTime, tz);
}

interface VisitJoin extends VisitRow {
  child_name: string;
  grade: number | null;
  class_no: number | null;
  in_by: string | null;
  out_by: string | null;
}

function toVisit(r: VisitJoin): Visit {
  return {
    id: r.id,
    childId: r.child_id,
    childName: r.child_name,
    grade: r.grade,
    classNo: r.class_no,
    checkedInAt: r.checked_in_at,
    checkedOutAt: r.checked_out_at,
    checkedInBy: r.in_by,
    checkedOutBy: r.out_by,
    checkoutMethod: r.checkout_method,
    leaveMode: r.leave_mode,
    collectedBy: r.collected_by,
    leaveRequest: r.leave_request,
    leaveHeldAt: r.leave_held_at,
    leaveNote: r.leave_note,
    voided: r.voided_at !== null,
    voidReason: r.void_reason,
  };
}

/** A correction before this is a typing mistake, not a visit (and would break the weekly export's dates). */
const EARLIEST_VISIT = Date.parse('2000-01-01T00:00:00Z');

/** A visit's times must be in order, not in the future and not before 2000. */
function timeIssues(inAt: string, outAt: string | null, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const tooEarly = (at: string) => !(Date.parse(at) >= EARLIEST_VISIT);
  if (tooEarly(inAt)) issues.push({ path: ['checkedInAt'], code: 'date' });
  else if (Date.parse(inAt) > now.getTime()) issues.push({ path: ['checkedInAt'], code: 'date_future' });
  if (outAt !== null && tooEarly(outAt)) issues.push({ path: ['checkedOutAt'], code: 'date' });
  else if (outAt !== null && Date.parse(outAt) > now.getTime()) issues.push({ path: ['checkedOutAt'], code: 'date_future' });
  else if (outAt !== null && Date.parse(outAt) <= Date.parse(inAt)) issues.push({ path: ['checkedOutAt'], code: 'date_range' });
  return issues;
}

interface Closing {
  method: CheckoutMethod;
  at: string;
  staffId: number | null;
  leaveMode: LeaveMode | null;
  collectedBy: string | null;
  /** Why someone not on her list collected her (the teacher's words). */
  note?: string | null;
}

export function createCheckinsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  function visits() {
    return db
      .selectFrom('visit')
      .innerJoin('child', 'child.id', 'visit.child_id')
      .leftJoin('staff as staff_in', 'staff_in.id', 'visit.check_in_staff_id')
      .leftJoin('staff as staff_out', 'staff_out.id', 'visit.check_out_staff_id')
      .selectAll('visit')
      .select(['child.name as child_name', 'child.grade', 'child.class_no', 'staff_in.name as in_by', 'staff_out.name as out_by']);
  }

  async function getVisit(id: number): Promise<Visit> {
    const row = await visits().where('visit.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'visit' });
    return toVisit(row);
  }

  /** A child who may use the room (on file, not archived), with her open visit if any. */
  async function activeChild(childId: number): Promise<ActiveChild> {
    const child = (await activeChildQuery(db, { childId })).rows[0];
    if (!child) throw new AppError('not_found', { entity: 'child' });
    return child;
  }

  /** Today's closing time has passed. After it no teacher may be in the room to see her leave: the kiosk
   * sends her to the teacher on duty, who can still check her in by hand. */
  async function closedForToday(): Promise<boolean> {
    const { timezone: tz, closingTime } = await settingsOf(deps);
    return clock.now() >= closingOn(clock.today(), closingTime, tz);
  }

  /** Opens a visit; answers what the kiosk shows, so its path reads no more than it must. */
  async function open(childId: number, via: 'kiosk' | 'staff'): Promise<{ visitId: number; childId: number; name: string; birthDate: string | null; at: string }> {
    await settle();
    if (via === 'kiosk' && (await closedForToday())) throw new AppError('conflict', { entity: 'room_closed' });
    const child = await activeChild(childId);
    if (child.openVisitId !== null) throw new AppError('conflict', { entity: 'already_checked_in' });
    const at = clock.stamp();
    const [row] = (await openVisitQuery(db, { childId: child.id, at, staffId: via === 'staff' ? actor.staffId : null })).rows;
    if (!row) throw new Error('the new visit has no id');
    await audit.record(via === 'kiosk' ? 'kiosk.checkIn' : 'checkins.checkIn', 'visit', row.id, { childId: child.id });
    return { visitId: row.id, childId: child.id, name: child.name, birthDate: child.birthDate, at };
  }

  async function checkIn(childId: number): Promise<Visit> {
    return getVisit((await open(childId, 'staff')).visitId);
  }

  async function close(visit: Pick<VisitRow, 'id' | 'child_id'>, how: Closing, action: string, recorder: Audit = audit): Promise<void> {
    await db
      .updateTable('visit')
      .set({
        checked_out_at: how.at,
        checkout_method: how.method,
        check_out_staff_id: how.staffId,
        leave_mode: how.leaveMode,
        collected_by: how.leaveMode === 'guardian' ? how.collectedBy : null,
        leave_note: how.leaveMode === 'guardian' ? (how.note ?? null) : null,
        updated_at: clock.stamp(),
      })
      .where('id', '=', visit.id)
      .execute();
    // The collector's name stays out of the log: it is personal data, and it is on the row.
    await recorder.record(action, 'visit', visit.id, { childId: visit.child_id, method: how.method, leaveMode: how.leaveMode, checkedOutAt: how.at });
    await cancelWaitingBooking(visit.child_id, recorder);
  }

  /** She went home: a call still waiting for her would ring for no one. One on the phone already goes on. */
  async function cancelWaitingBooking(childId: number, recorder: Audit): Promise<void> {
    const at = clock.stamp();
    const cancelled = await db
      .updateTable('call_booking')
      .set({ status: 'cancelled', closed_at: at, updated_at: at })
      .where('child_id', '=', childId)
      .where('status', '=', 'waiting')
      .returning('id')
      .execute();
    for (const booking of cancelled) await recorder.record('calls.cancelBooking', 'call_booking', booking.id, { childId, reason: 'went_home' });
  }

  /** She taps how she leaves; a held check-out stays open for a teacher, and tapping again changes nothing. */
  async function kioskCheckOut(
    childId: number,
    leave: { leaveMode: LeaveMode | null; collectorId: number | null } = { leaveMode: null, collectorId: null },
  ): Promise<{ childId: number; name: string; birthDate: string | null; at: string; held: boolean }> {
    await settle();
    const child = await activeChild(childId);
    if (child.openVisitId === null) throw new AppError('conflict', { entity: 'not_checked_in' });
    const visitId = child.openVisitId;
    const at = clock.stamp();
    const answer = { childId: child.id, name: child.name, birthDate: child.birthDate };
    if (child.leaveHeldAt !== null) return { ...answer, at: child.leaveHeldAt, held: true };
    const collector = leave.leaveMode === 'guardian' && leave.collectorId !== null ? await createCollectorsService(deps).pick(child.id, leave.collectorId) : null;
    const { leaveAloneFromGrade } = await settingsOf(deps);
    const reason = holdReason(leave.leaveMode, { grade: child.grade, deFactoUnsupported: child.deFactoUnsupported === 1, collector }, leaveAloneFromGrade);
    await db
      .updateTable('visit')
      .set({
        leave_request: leave.leaveMode,
        leave_request_by: collector?.name ?? null,
        leave_held_at: reason ? at : null,
        leave_hold_reason: reason,
        updated_at: at,
      })
      .where('id', '=', visitId)
      .execute();
    if (reason) {
      await audit.record('kiosk.leaveHeld', 'visit', visitId, { childId: child.id, leaveMode: leave.leaveMode, reason });
      return { ...answer, at, held: true };
    }
    const how: Closing = { method: 'kiosk', at, staffId: null, leaveMode: leave.leaveMode, collectedBy: collector?.name ?? null };
    await close({ id: visitId, child_id: child.id }, how, 'kiosk.checkOut');
    return { ...answer, at, held: false };
  }

  async function checkOut(input: ParsedInput<'checkins.checkOut'>): Promise<Visit> {
    const visit = await db.selectFrom('visit').selectAll().where('id', '=', input.visitId).executeTakeFirst();
    if (!visit) throw new AppError('not_found', { entity: 'visit' });
    if (visit.checked_out_at !== null || visit.voided_at !== null) throw new AppError('conflict', { entity: 'not_checked_in' });
    let collectedBy: string | null = null;
    if (input.leaveMode === 'guardian') {
      if (input.collectorId !== null) {
        const collector = await createCollectorsService(deps).pick(visit.child_id, input.collectorId);
        if (!collector.mayCollect) throw new AppError('conflict', { entity: 'may_not_collect' });
        collectedBy = collector.name;
      } else {
        // "Someone else", not on her list: a name and the reason.
        if (!input.collectedBy) throw invalid(['collectedBy'], 'required');
        if (!input.leaveNote) throw invalid(['leaveNote'], 'required');
        collectedBy = input.collectedBy;
      }
    }
    const how: Closing = { method: 'staff', at: clock.stamp(), staffId: actor.staffId, leaveMode: input.leaveMode, collectedBy, note: input.leaveNote };
    // A held check-out's decision is its own audit entry, with what she had asked for beside it.
    await close(visit, how, visit.leave_held_at !== null ? 'checkins.leaveDecision' : 'checkins.checkOut');
    if (visit.leave_held_at !== null) {
      await audit.record('checkins.leaveDecided', 'visit', visit.id, {
        requested: visit.leave_request,
        reason: visit.leave_hold_reason,
        decided: input.leaveMode,
      });
    }
    return getVisit(visit.id);
  }

  async function checkOutAll(leaveMode: LeaveMode | null): Promise<{ count: number }> {
    // 'guardian' needs the name of who collected each child, which a bulk check-out cannot give.
    if (leaveMode === 'guardian') throw invalid(['leaveMode'], 'invalid');
    const open = await db.selectFrom('visit').selectAll().where('checked_out_at', 'is', null).where('voided_at', 'is', null).execute();
    const at = clock.stamp();
    for (const visit of open) {
      await close(visit, { method: 'staff', at, staffId: actor.staffId, leaveMode, collectedBy: null }, 'checkins.checkOutAll');
    }
    return { count: open.length };
  }

  /**
   * Closes every open visit from an earlier day, and today's from before closing once it has passed, each at
   * its own day's closing: a PC switched off over a weekend or a holiday still closes Friday's visits at
   * Friday's closing, and each day starts with an empty room. A visit a teacher opened after closing ends
   * with its day (at midnight): it cannot end before it began, nor run into the next day.
   */
  async function closeDue(recorder: Audit): Promise<number> {
    const { timezone: tz, closingTime } = await settingsOf(deps);
    const now = clock.now();
    const today = toLocalDate(now, tz);
    const todays = closingOn(today, closingTime, tz);
    const latest = now >= todays ? todays : new Date(dayStart(today, tz));
    const { rows: due } = await dueVisitsQuery(db, { before: toStamp(latest, tz), dayStart: dayStart(today, tz) });
    for (const visit of due) {
      const began = new Date(visit.checked_in_at);
      const day = toLocalDate(began, tz);
      const sameDay = closingOn(day, closingTime, tz);
      const closing = began < sameDay ? sameDay : new Date(dayStart(addDays(day, 1), tz));
      const how: Closing = { method: 'auto', at: toStamp(closing, tz), staffId: null, leaveMode: null, collectedBy: null };
      await close(visit, how, 'checkins.autoCheckOut', recorder);
    }
    return due.length;
  }

  /** autoCheckOut on the app's behalf, run first by commands that would otherwise see yesterday's room. */
  function settle(): Promise<number> {
    return closeDue(createAudit(db, clock, SYSTEM_ACTOR));
  }

  async function room(): Promise<RoomStatus> {
    await settle();
    const settings = await settingsOf(deps);
    const rows = await visits().where('visit.checked_out_at', 'is', null).where('visit.voided_at', 'is', null).orderBy('visit.checked_in_at').orderBy('visit.id').execute();
    const headCount = rows.length;
    const leave = createLeaveService(deps);
    const dutyTeachers = await leave.onDuty();
    return {
      present: rows.map(toVisit),
      headCount,
      capacity: settings.roomCapacity,
      teachersOnDuty: dutyTeachers.length,
      dutyTeachers,
      childrenPerTeacher: settings.childrenPerTeacher,
      waiting: await leave.waiting(),
      overCapacity: headCount > settings.roomCapacity,
      overRatio: headCount > dutyTeachers.length * settings.childrenPerTeacher,
      closingTime: settings.closingTime,
      withHealthNotes: await createHealthService(deps).flagged(rows.map((r) => r.child_id)),
    };
  }

  async function history(filter: { date: string | null; childId?: number }): Promise<Visit[]> {
    const { timezone: tz } = await settingsOf(deps);
    const date = filter.date ?? clock.today();
    let q = visits()
      .where('visit.checked_in_at', '>=', dayStart(date, tz))
      .where('visit.checked_in_at', '<', dayStart(addDays(date, 1), tz));
    if (filter.childId !== undefined) q = q.where('visit.child_id', '=', filter.childId);
    const rows = await q.orderBy('visit.checked_in_at', 'desc').orderBy('visit.id', 'desc').execute();
    return rows.map(toVisit);
  }

  async function correct(input: ParsedInput<'checkins.correct'>): Promise<Visit> {
    const row = await db.selectFrom('visit').selectAll().where('id', '=', input.visitId).executeTakeFirst();
    if (!row) throw new AppError('not_found', { entity: 'visit' });
    if (row.voided_at !== null) throw new AppError('conflict', { entity: 'already_voided' });
    // Stored in the room's offset whatever offset was typed, so stamps keep comparing as strings.
    const inAt = input.checkedInAt === undefined ? row.checked_in_at : clock.stampOf(new Date(input.checkedInAt));
    const outAt = input.checkedOutAt === undefined ? row.checked_out_at : input.checkedOutAt === null ? null : clock.stampOf(new Date(input.checkedOutAt));
    // Times left as they were are not judged again: voiding a tap-in-tap-out (in = out) must work.
    const issues = input.checkedInAt !== undefined || input.checkedOutAt !== undefined ? timeIssues(inAt, outAt, clock.now()) : [];
    if (issues.length) throw new AppError('invalid_input', { issues });

    const reopens = row.checked_out_at !== null && outAt === null;
    const closes = row.checked_out_at === null && outAt !== null;
    if (reopens && !input.void) {
      const other = await db.selectFrom('visit').select('id').where('child_id', '=', row.child_id).where('checked_out_at', 'is', null).where('voided_at', 'is', null).executeTakeFirst();
      if (other) throw new AppError('conflict', { entity: 'already_checked_in' });
    }
    const at = clock.stamp();
    await db
      .updateTable('visit')
      .set({
        checked_in_at: inAt,
        checked_out_at: outAt,
        updated_at: at,
        ...(closes ? { checkout_method: 'staff' as const, check_out_staff_id: actor.staffId } : {}),
        ...(reopens ? { checkout_method: null, check_out_staff_id: null, leave_mode: null, collected_by: null } : {}),
        ...(input.void ? { voided_at: at, void_reason: input.reason } : {}),
      })
      .where('id', '=', row.id)
      .execute();
    await audit.record('checkins.correct', 'visit', row.id, {
      before: { checkedInAt: row.checked_in_at, checkedOutAt: row.checked_out_at, voided: false },
      after: { checkedInAt: inAt, checkedOutAt: outAt, voided: input.void },
      reason: input.reason,
    });
    return getVisit(row.id);
  }

  return {
    closedForToday,
    open,
    checkIn,
    checkOut,
    kioskCheckOut,
    checkOutAll,
    /** Run by the app's scheduler with the system actor; returns how many visits it closed. */
    autoCheckOut: () => closeDue(audit),
    settle,
    room,
    history,
    correct,
    getVisit,
  };
}
