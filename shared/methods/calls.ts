import { z } from 'zod';
import type { CallRecord, CareRow, ContactCheck, Page, QueueEntry } from '../domain';
import { CALL_CHANNELS, CALL_OUTCOMES } from '../domain';
import { returns } from '../registry';
import { id, optionalText, pageInput } from '../validation';

export const finishInput = z.object({
  callId: id,
  outcome: z.enum(CALL_OUTCOMES, { error: 'required' }),
  note: optionalText(500),
});

/** The phone unless said otherwise: older callers and the phone-only room never name it. */
export const channelInput = z.enum(CALL_CHANNELS).default('phone');

/** A call made without a kiosk booking, logged by the teacher afterwards or as it happens. */
export const logInput = z.object({
  childId: id,
  parentId: id,
  channel: channelInput,
  outcome: z.enum(CALL_OUTCOMES, { error: 'required' }),
  durationMinutes: z.number({ error: 'required' }).min(0, { error: 'range' }).max(180, { error: 'range' }),
  /** Minutes ago the call ended; 0 = just now. */
  endedMinutesAgo: z
    .number()
    .int()
    .min(0, { error: 'range' })
    .max(7 * 24 * 60, { error: 'range' })
    .default(0),
  note: optionalText(500),
});

export const callsContract = {
  /** Waiting and in-progress bookings in fair-rotation order, with the numbers to dial. */
  'calls.queue': returns<QueueEntry[]>()('teacher', z.object({})),
  'calls.book': returns<QueueEntry>()('teacher', z.object({ childId: id, parentId: id, channel: channelInput })),
  'calls.cancelBooking': returns<{ bookingId: number }>()('teacher', z.object({ bookingId: id })),
  /** Refused while another call runs on the same device; a video call may run beside a phone call. */
  'calls.start': returns<QueueEntry>()('teacher', z.object({ bookingId: id })),
  'calls.finish': returns<CallRecord>()('teacher', finishInput),
  'calls.log': returns<CallRecord>()('teacher', logInput),
  'calls.history': returns<CallRecord[]>()('teacher', z.object({ childId: id.optional(), limit: z.number().int().min(1).max(500).default(100) })),
  /** Children with no talk with a parent for `days` days or more (the once-a-month rule). */
  'calls.overdue': returns<Page<CareRow>>()('teacher', z.object({ days: z.number().int().min(1).max(365).default(30), ...pageInput })),
  /** Parents whose contact details were not checked this semester (or never), in class order. */
  'calls.uncheckedContacts': returns<ContactCheck[]>()('teacher', z.object({})),
  /** The teacher checked this parent's number and details today. */
  'calls.markContactChecked': returns<{ parentId: number; verifiedOn: string }>()('teacher', z.object({ parentId: id })),
};
