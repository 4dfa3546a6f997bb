// The duty teacher's own day: signing in and out for duty with her PIN, the handover note left for
// whoever comes next, her upcoming duties, and the planned-vs-actual report.
import type { ParsedInput } from '../../../shared/contract';
import type { Duty, DutySignin, DutySignInResult, DutyStatus, PlannedVsActualRow } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { addDays } from '../room/checkins';
import type { MethodContext, ServiceDeps } from '../deps';
import { liveDuties } from './roster';
import { createStaffService } from '../staff/staff';

/** A teacher who signs in this many minutes after the opening's start still counts as on time. */
export const LATE_AFTER_MINUTES = 10;
const UPCOMING_DAYS = 14;

function minutesOf(hhmm: string): number {
  const [h = NaN, m = NaN] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function createDutyService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  function me(): number {
    if (actor.staffId === null) throw new AppError('forbidden');
    return actor.staffId;
  }

  /** A stamp as the room's local date and minute of the day (stamps may carry another offset). */
  function local(stamp: string): { date: string; minutes: number } {
    const s = clock.stampOf(new Date(stamp));
    return { date: s.slice(0, 10), minutes: minutesOf(s.slice(11, 16)) };
  }

  function signins() {
    return db
      .selectFrom('duty_signin')
      .innerJoin('staff', 'staff.id', 'duty_signin.staff_id')
      .select([
        'duty_signin.id as id',
        'duty_signin.staff_id as staffId',
        'staff.name as staffName',
        'duty_signin.duty_id as dutyId',
        'duty_signin.signed_in_at as signedInAt',
        'duty_signin.signed_out_at as signedOutAt',
        'duty_signin.handover_note as handoverNote',
      ]);
  }

  async function current(staffId: number): Promise<DutySignin | null> {
    return (await signins().where('duty_signin.staff_id', '=', staffId).where('duty_signin.signed_out_at', 'is', null).executeTakeFirst()) ?? null;
  }

  async function status(): Promise<DutyStatus> {
    const staffId = me();
    const today = clock.today();
    const last = await signins()
      .where('duty_signin.signed_out_at', 'is not', null)
      .where('duty_signin.handover_note', 'is not', null)
      .where('duty_signin.handover_note', '!=', '')
      .orderBy('duty_signin.signed_out_at', 'desc')
      .orderBy('duty_signin.id', 'desc')
      .executeTakeFirst();
    const planned: Duty[] = await liveDuties(db)
      .where('duty.staff_id', '=', staffId)
      .where('opening.archived_at', 'is', null)
      .where('duty.date', '>=', today)
      .where('duty.date', '<', addDays(today, UPCOMING_DAYS))
      .orderBy('duty.date')
      .orderBy('opening.start_time')
      .execute();
    // Sign-ins of today, newest first: a duty she signed out of is done, not upcoming.
    const recent = await signins()
      .where('duty_signin.staff_id', '=', staffId)
      .where('duty_signin.signed_out_at', 'is not', null)
      .where('duty_signin.signed_in_at', '>=', addDays(today, -1))
      .orderBy('duty_signin.signed_in_at', 'desc')
      .orderBy('duty_signin.id', 'desc')
      .execute();
    const doneToday = recent.filter((s) => local(s.signedInAt).date === today);
    const done = new Set(doneToday.map((s) => s.dutyId));
    const now = local(clock.stamp()).minutes;
    const upcoming = planned.filter((d) => d.date > today || (!done.has(d.id) && minutesOf(d.endTime) > now));
    const inRoom = await db
      .selectFrom('visit')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('checked_out_at', 'is', null)
      .where('voided_at', 'is', null)
      .executeTakeFirstOrThrow();
    return {
      current: await current(staffId),
      lastHandover: last && last.handoverNote && last.signedOutAt ? { staffName: last.staffName, note: last.handoverNote, at: last.signedOutAt } : null,
      upcoming,
      finishedToday: doneToday[0] ?? null,
      childrenInRoom: Number(inRoom.n),
    };
  }

  /** Today's live duty of hers whose opening is nearest to now (0 while it runs), or null if unplanned. */
  async function nearestDutyToday(staffId: number): Promise<number | null> {
    const duties = await liveDuties(db).where('duty.staff_id', '=', staffId).where('duty.date', '=', clock.today()).execute();
    const now = local(clock.stamp()).minutes;
    const distance = (d: Duty) => Math.max(0, minutesOf(d.startTime) - now, now - minutesOf(d.endTime));
    const best = duties.sort((a, b) => distance(a) - distance(b) || a.startTime.localeCompare(b.startTime))[0];
    return best ? best.id : null;
  }

  /** `screen`: the window she signs in at, locked when her PIN locks. */
  async function signIn({ pin }: ParsedInput<'duty.signIn'>, screen: Pick<MethodContext, 'signOut'>): Promise<DutySignInResult> {
    const staffId = me();
    if (await current(staffId)) throw new AppError('conflict', { entity: 'already_on_duty_signin' });
    const { result } = await createStaffService(deps).checkPin(staffId, pin);
    // Answered, not thrown: throwing would roll back the failure count, and an unlocked screen could
    // then be used to guess its teacher's PIN without limit.
    if (result.status === 'wrong_pin') return { ...(await status()), pinCheck: { status: 'wrong_pin', attemptsLeft: result.attemptsLeft } };
    if (result.status === 'locked') {
      // Someone is guessing this teacher's PIN at her unlocked screen: lock the screen too.
      screen.signOut();
      return { ...(await status()), pinCheck: { status: 'locked', until: result.until } };
    }
    const dutyId = await nearestDutyToday(staffId);
    const at = clock.stamp();
    const row = await db
      .insertInto('duty_signin')
      .values({ staff_id: staffId, duty_id: dutyId, signed_in_at: at, signed_out_at: null, handover_note: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('duty.signIn', 'duty_signin', row.id, { dutyId });
    return { ...(await status()), pinCheck: { status: 'ok' } };
  }

  async function signOut({ handoverNote }: ParsedInput<'duty.signOut'>): Promise<DutyStatus> {
    const open = await current(me());
    if (!open) throw new AppError('conflict', { entity: 'not_on_duty' });
    const at = clock.stamp();
    await db.updateTable('duty_signin').set({ signed_out_at: at, handover_note: handoverNote, updated_at: at }).where('id', '=', open.id).execute();
    // The note may name children and their troubles, so the audit log only says there was one.
    await audit.record('duty.signOut', 'duty_signin', open.id, { note: handoverNote !== null });
    return status();
  }

  /**
   * One row per live duty that has begun (planned), matched to the same teacher's sign-in that day,
   * plus sign-ins with no duty (unplanned). A duty still to come without a sign-in is left out: the
   * row type has no "not yet" status, and calling it absent would be false.
   */
  async function report({ from, to }: ParsedInput<'duty.report'>): Promise<PlannedVsActualRow[]> {
    const today = clock.today();
    const nowMinutes = local(clock.stamp()).minutes;
    const duties = await liveDuties(db).where('duty.date', '>=', from).where('duty.date', '<=', to).execute();
    // Stamps are stored in the room's offset, so a text range on the date prefix finds the days' sign-ins.
    const found = await signins().where('duty_signin.signed_in_at', '>=', from).where('duty_signin.signed_in_at', '<', addDays(to, 1)).orderBy('duty_signin.signed_in_at').execute();
    const pending = found.map((s) => ({ ...s, local: local(s.signedInAt) })).filter((s) => s.local.date >= from && s.local.date <= to);
    const used = new Set<number>();
    const rows: PlannedVsActualRow[] = [];

    for (const d of duties) {
      const sameDay = pending.filter((s) => !used.has(s.id) && s.staffId === d.staffId && s.local.date === d.date);
      const s = sameDay.find((x) => x.dutyId === d.id) ?? sameDay.find((x) => x.dutyId === null) ?? sameDay[0];
      const base = { date: d.date, openingId: d.openingId, startTime: d.startTime, staffName: d.staffName, planned: true };
      if (s) {
        used.add(s.id);
        const late = s.local.minutes > minutesOf(d.startTime) + LATE_AFTER_MINUTES;
        rows.push({ ...base, signedInAt: s.signedInAt, signedOutAt: s.signedOutAt, status: late ? 'late' : 'on_time' });
      } else if (d.date < today || (d.date === today && nowMinutes > minutesOf(d.endTime))) {
        rows.push({ ...base, signedInAt: null, signedOutAt: null, status: 'absent' });
      }
    }
    for (const s of pending.filter((x) => !used.has(x.id))) {
      rows.push({
        date: s.local.date,
        openingId: null,
        startTime: null,
        staffName: s.staffName,
        planned: false,
        signedInAt: s.signedInAt,
        signedOutAt: s.signedOutAt,
        status: 'unplanned',
      });
    }
    // Unplanned rows sort by the time their teacher signed in.
    const sortTime = (r: PlannedVsActualRow) => r.startTime ?? (r.signedInAt ? clock.stampOf(new Date(r.signedInAt)).slice(11, 16) : '');
    return rows.sort((a, b) => a.date.localeCompare(b.date) || sortTime(a).localeCompare(sortTime(b)) || a.staffName.localeCompare(b.staffName));
  }

  return { status, signIn, signOut, report };
}
