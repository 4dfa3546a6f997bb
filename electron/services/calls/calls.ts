// The home phone (亲情电话): bookings made at the kiosk or by a teacher for the phone or the video
// computer, one call in progress per device, calls logged afterwards and the call history (children overdue for a talk: callOverdue.ts).
// Audit details name rows and outcomes only: never a phone number or a note.
import type { ParsedInput } from '../../../shared/contract';
import type { CallChannel, CallOutcome, CallRecord, KioskChildStatus, QueueEntry } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { CallBookingRow, ChildParentRow, ChildRow } from '../../db/schema';
import { loadQueue } from './callQueue';
import { raiseIfUnreached } from '../care/unreached';
import type { ServiceDeps } from '../deps';
import { settingsOf } from '../settings/settings';

export interface LogCallInput {
  childId: number;
  parentId: number;
  channel: CallChannel;
  outcome: CallOutcome;
  durationMinutes: number;
  endedMinutesAgo: number;
  note: string | null;
}

export function createCallsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;

  async function activeChild(childId: number): Promise<ChildRow> {
    const child = await db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst();
    if (!child || child.archived_at !== null) throw new AppError('not_found', { entity: 'child' });
    return child;
  }

  /** A parent on the child's current file; a number too when the call is still to be dialled. */
  async function parentOf(childId: number, parentId: number, needPhone: boolean): Promise<ChildParentRow> {
    const parent = await db.selectFrom('child_parent').selectAll().where('id', '=', parentId).where('child_id', '=', childId).where('removed_at', 'is', null).executeTakeFirst();
    if (!parent || (needPhone && !parent.phone)) throw invalid(['parentId'], 'not_found');
    return parent;
  }

  /** Video only where the room says it has a computer for it (视频通话电脑). */
  async function requireDevice(channel: CallChannel): Promise<void> {
    if (channel === 'video' && !(await settingsOf(deps)).videoCallPc) throw new AppError('conflict', { entity: 'no_video_device' });
  }

  async function activeBookingOf(childId: number): Promise<CallBookingRow | undefined> {
    return db.selectFrom('call_booking').selectAll().where('child_id', '=', childId).where('status', 'in', ['waiting', 'calling']).executeTakeFirst();
  }

  async function queueEntry(bookingId: number): Promise<QueueEntry> {
    const entry = (await loadQueue(deps)).find((e) => e.bookingId === bookingId);
    if (!entry) throw new AppError('internal');
    return entry;
  }

  /** Books a call; returns the booking id. One active booking per child (an index holds it too). */
  async function book(childId: number, parentId: number, channel: CallChannel): Promise<number> {
    await activeChild(childId);
    await parentOf(childId, parentId, true);
    await requireDevice(channel);
    if (await activeBookingOf(childId)) throw new AppError('conflict', { entity: 'already_booked' });
    const at = clock.stamp();
    const row = await db
      .insertInto('call_booking')
      .values({
        child_id: childId,
        parent_id: parentId,
        booked_at: at,
        booked_by_staff_id: actor.staffId,
        status: 'waiting',
        channel,
        closed_at: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('calls.book', 'call_booking', row.id, { childId, parentId, channel });
    return row.id;
  }

  async function cancel(booking: CallBookingRow): Promise<void> {
    if (booking.status !== 'waiting') {
      throw new AppError('conflict', { entity: booking.status === 'calling' ? 'call_in_progress' : 'not_waiting' });
    }
    const at = clock.stamp();
    await db.updateTable('call_booking').set({ status: 'cancelled', closed_at: at, updated_at: at }).where('id', '=', booking.id).execute();
    await audit.record('calls.cancelBooking', 'call_booking', booking.id, { childId: booking.child_id });
  }

  /** The kiosk cancels by child: the child holds at most one booking. */
  async function cancelForChild(childId: number): Promise<void> {
    await activeChild(childId);
    const booking = await activeBookingOf(childId);
    if (!booking) throw new AppError('conflict', { entity: 'no_booking' });
    await cancel(booking);
  }

  async function cancelBooking(bookingId: number): Promise<{ bookingId: number }> {
    const booking = await db.selectFrom('call_booking').selectAll().where('id', '=', bookingId).executeTakeFirst();
    if (!booking) throw new AppError('not_found', { entity: 'booking' });
    await cancel(booking);
    return { bookingId };
  }

  async function bookingOf(childId: number): Promise<KioskChildStatus['booking']> {
    const entry = (await loadQueue(deps)).find((e) => e.childId === childId);
    if (!entry) return null;
    return { id: entry.bookingId, parentRelation: entry.parentRelation, channel: entry.channel, position: entry.position, status: entry.status };
  }

  async function callInProgress(channel: CallChannel): Promise<boolean> {
    const open = await db.selectFrom('call').select('id').where('channel', '=', channel).where('ended_at', 'is', null).where('voided_at', 'is', null).executeTakeFirst();
    return open !== undefined;
  }

  /** The teacher dials a waiting booking. Each device takes one call at a time; the two devices run side by side. */
  async function start(bookingId: number): Promise<QueueEntry> {
    const booking = await db.selectFrom('call_booking').selectAll().where('id', '=', bookingId).executeTakeFirst();
    if (!booking) throw new AppError('not_found', { entity: 'booking' });
    if (booking.status !== 'waiting') throw new AppError('conflict', { entity: 'not_waiting' });
    if (await callInProgress(booking.channel)) throw new AppError('conflict', { entity: `${booking.channel}_in_progress` });
    const at = clock.stamp();
    const call = await db
      .insertInto('call')
      .values({
        child_id: booking.child_id,
        parent_id: booking.parent_id,
        booking_id: booking.id,
        channel: booking.channel,
        staff_id: actor.staffId,
        started_at: at,
        ended_at: null,
        duration_seconds: null,
        outcome: null,
        note: null,
        voided_at: null,
        void_reason: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.updateTable('call_booking').set({ status: 'calling', updated_at: at }).where('id', '=', booking.id).execute();
    await audit.record('calls.start', 'call', call.id, { bookingId, childId: booking.child_id, channel: booking.channel });
    return queueEntry(bookingId);
  }

  async function finish({ callId, outcome, note }: ParsedInput<'calls.finish'>): Promise<CallRecord> {
    const call = await db.selectFrom('call').selectAll().where('id', '=', callId).where('voided_at', 'is', null).executeTakeFirst();
    if (!call) throw new AppError('not_found', { entity: 'call' });
    if (call.ended_at !== null) throw new AppError('conflict', { entity: 'call_finished' });
    const now = clock.now();
    const at = clock.stampOf(now);
    // A clock set back mid-call must not give a negative duration.
    const durationSeconds = Math.max(0, Math.floor((now.getTime() - Date.parse(call.started_at)) / 1000));
    await db.updateTable('call').set({ ended_at: at, duration_seconds: durationSeconds, outcome, note, updated_at: at }).where('id', '=', callId).execute();
    if (call.booking_id !== null) {
      await db.updateTable('call_booking').set({ status: 'done', closed_at: at, updated_at: at }).where('id', '=', call.booking_id).execute();
    }
    await audit.record('calls.finish', 'call', callId, { outcome, durationSeconds });
    await raiseIfUnreached(deps, call.child_id, call.parent_id);
    return record(callId);
  }

  /** A call made without a booking, logged as it happens or afterwards. */
  async function log(input: LogCallInput): Promise<CallRecord> {
    await activeChild(input.childId);
    await parentOf(input.childId, input.parentId, false);
    await requireDevice(input.channel);
    const durationSeconds = Math.round(input.durationMinutes * 60);
    const ended = clock.now().getTime() - input.endedMinutesAgo * 60_000;
    const at = clock.stamp();
    const row = await db
      .insertInto('call')
      .values({
        child_id: input.childId,
        parent_id: input.parentId,
        booking_id: null,
        channel: input.channel,
        staff_id: actor.staffId,
        started_at: clock.stampOf(new Date(ended - durationSeconds * 1000)),
        ended_at: clock.stampOf(new Date(ended)),
        duration_seconds: durationSeconds,
        outcome: input.outcome,
        note: input.note,
        voided_at: null,
        void_reason: null,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('calls.log', 'call', row.id, {
      childId: input.childId,
      parentId: input.parentId,
      channel: input.channel,
      outcome: input.outcome,
      durationSeconds,
    });
    await raiseIfUnreached(deps, input.childId, input.parentId);
    return record(row.id);
  }

  function records() {
    return db
      .selectFrom('call as k')
      .innerJoin('child as c', 'c.id', 'k.child_id')
      .innerJoin('child_parent as p', 'p.id', 'k.parent_id')
      .leftJoin('staff as s', 's.id', 'k.staff_id')
      .selectAll('k')
      .select(['c.name as child_name', 'p.relation', 'p.name as parent_name', 's.name as staff_name'])
      .where('k.voided_at', 'is', null);
  }

  type RecordRow = Awaited<ReturnType<ReturnType<typeof records>['executeTakeFirstOrThrow']>>;

  function toRecord(r: RecordRow): CallRecord {
    return {
      id: r.id,
      childId: r.child_id,
      childName: r.child_name,
      parentId: r.parent_id,
      parentRelation: r.relation,
      parentName: r.parent_name,
      staffName: r.staff_name,
      booked: r.booking_id !== null,
      channel: r.channel,
      startedAt: r.started_at,
      endedAt: r.ended_at,
      durationSeconds: r.duration_seconds,
      outcome: r.outcome,
      note: r.note,
    };
  }

  async function record(callId: number): Promise<CallRecord> {
    return toRecord(await records().where('k.id', '=', callId).executeTakeFirstOrThrow());
  }

  /** Newest first, by when the call started. */
  async function history({ childId, limit }: ParsedInput<'calls.history'>): Promise<CallRecord[]> {
    let q = records();
    if (childId !== undefined) q = q.where('k.child_id', '=', childId);
    const rows = await q.orderBy('k.started_at', 'desc').orderBy('k.id', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  }

  return {
    book,
    bookEntry: async ({ childId, parentId, channel }: ParsedInput<'calls.book'>) => queueEntry(await book(childId, parentId, channel)),
    cancelForChild,
    cancelBooking,
    queue: () => loadQueue(deps),
    bookingOf,
    start,
    finish,
    log,
    history,
  };
}
