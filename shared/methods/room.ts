import { z } from 'zod';
import type { RoomStats, RoomStatus, Visit } from '../domain';
import { LEAVE_MODES } from '../domain';
import { returns } from '../registry';
import { id, optionalDate, optionalText, requiredText } from '../validation';

/** ISO-8601 with offset, as stored (2026-11-23T16:40:00+08:00). */
const stamp = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$/.test(v) && !Number.isNaN(Date.parse(v)), {
  error: 'date',
});

export const checkoutInput = z.object({
  visitId: id,
  leaveMode: z
    .enum(LEAVE_MODES)
    .nullish()
    .transform((v) => v ?? null),
  /** One of her collectors, when leaveMode is 'guardian'. */
  collectorId: id.nullish().transform((v) => v ?? null),
  /** "Someone else", not on her list: a name, and leaveNote says why. */
  collectedBy: optionalText(30),
  leaveNote: optionalText(200),
});

export const correctionInput = z.object({
  visitId: id,
  checkedInAt: stamp.optional(),
  /** null re-opens a visit closed by mistake. */
  checkedOutAt: stamp.nullable().optional(),
  /** Void a visit that should never have been recorded (a child tapped the wrong name). */
  void: z.boolean().default(false),
  reason: requiredText(200),
});

export const roomContract = {
  'checkins.room': returns<RoomStatus>()('teacher', z.object({})),
  'checkins.checkIn': returns<Visit>()('teacher', z.object({ childId: id })),
  'checkins.checkOut': returns<Visit>()('teacher', checkoutInput),
  /** Closing: checks out every child still in the room. */
  'checkins.checkOutAll': returns<{ count: number }>()(
    'teacher',
    z.object({
      leaveMode: z
        .enum(LEAVE_MODES)
        .nullish()
        .transform((v) => v ?? null),
    }),
  ),
  /** A day's visits (default today), voided ones included. */
  'checkins.history': returns<Visit[]>()('teacher', z.object({ date: optionalDate, childId: id.optional() })),
  'checkins.correct': returns<Visit>()('teacher', correctionInput),
  'stats.room': returns<RoomStats>()('teacher', z.object({})),
};
