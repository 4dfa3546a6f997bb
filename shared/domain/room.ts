// Check-in/out and the home phone (issue 3): the room's visits, the call queue and log.
import type { LeaveWaiting } from './collectors';
import type { ParentRelation } from './index';

/** Who wrote a review or signed a child up: she herself at the kiosk, or a teacher. */
export const VIAS = ['kiosk', 'staff'] as const;
export type Via = (typeof VIAS)[number];

export const BOOKING_STATUSES = ['waiting', 'calling', 'done', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** A booking still in the queue. */
export type OpenBookingStatus = Extract<BookingStatus, 'waiting' | 'calling'>;

/** pattern: from the weekly pattern; change: one day changed by hand; swap: two teachers swapped. */
export const DUTY_SOURCES = ['pattern', 'change', 'swap'] as const;
export type DutySource = (typeof DUTY_SOURCES)[number];

export const LEAVE_MODES = ['home_alone', 'guardian', 'dormitory'] as const;
export type LeaveMode = (typeof LEAVE_MODES)[number];

/** How a visit was closed: by the child at the kiosk, by a teacher, or by the app at closing time. */
export const CHECKOUT_METHODS = ['kiosk', 'staff', 'auto'] as const;
export type CheckoutMethod = (typeof CHECKOUT_METHODS)[number];

export const CALL_OUTCOMES = ['talked', 'no_answer', 'busy', 'wrong_number'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** The room's call devices: the phone, and a computer for video when the room has one. Each takes one call at a time. */
export const CALL_CHANNELS = ['phone', 'video'] as const;
export type CallChannel = (typeof CALL_CHANNELS)[number];

/** What the kiosk may show of a child: a name in a list, nothing more. */
export interface KioskChild {
  id: number;
  name: string;
  grade: number | null;
  classNo: number | null;
  checkedIn: boolean;
}

/** A child's photo consent and photo on her file, as the staff side sees them. */
export interface ChildPhotoState {
  consentBy: string | null;
  consentOn: string | null;
  /** A data URL, or null when none was taken. */
  photo: string | null;
}

/** A photo the kiosk may show: only for a child whose guardian consented. */
export interface KioskPhoto {
  childId: number;
  photo: string;
}

export interface ClassGroup {
  grade: number | null;
  classNo: number | null;
  count: number;
}

/** A child's own view at the kiosk: her visit, her parents by relation only, her booking. */
export interface KioskChildStatus {
  id: number;
  name: string;
  grade: number | null;
  classNo: number | null;
  checkedInAt: string | null;
  /** When she last checked out today (kiosk, teacher or closing), if she is not in the room now. */
  checkedOutAt: string | null;
  /** The next day after today the room opens (YYYY-MM-DD), from the opening hours; null when none are set. */
  nextOpenDate: string | null;
  /** Today's closing time has passed: the kiosk offers no check-in and sends her to the teacher on duty. */
  closedForToday: boolean;
  parents: { id: number; relation: ParentRelation }[];
  /** Who may collect her, by name, relation and face (with her photo consent): the kiosk's "家人来接" choices (no phone, no note). */
  collectors: { id: number; name: string; relation: string | null; photo: string | null }[];
  booking: { id: number; parentRelation: ParentRelation; channel: CallChannel; position: number; status: OpenBookingStatus } | null;
  /** The room has a counsellor, so "我想和老师说说话" offers 心理老师 too. */
  counsellor: boolean;
}

export interface KioskCheckResult {
  childId: number;
  name: string;
  /** held: she asked to leave and waits for a teacher ("请等一下，老师马上来"). */
  action: 'checked_in' | 'checked_out' | 'held';
  at: string;
  /** After a check-out: the next day the room opens (see KioskChildStatus), for the goodbye. */
  nextOpenDate: string | null;
  /** Today is the child's birthday (29 February counts on 28 February in common years): the kiosk greets her. */
  birthday: boolean;
}

export interface Visit {
  id: number;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  checkedInAt: string;
  checkedOutAt: string | null;
  /** Staff name, or null when the child used the kiosk. */
  checkedInBy: string | null;
  checkedOutBy: string | null;
  checkoutMethod: CheckoutMethod | null;
  leaveMode: LeaveMode | null;
  collectedBy: string | null;
  /** What she tapped at the kiosk, and whether it waits (or waited) for a teacher. */
  leaveRequest: LeaveMode | null;
  leaveHeldAt: string | null;
  /** The teacher's reason when someone not on her list collected her. */
  leaveNote: string | null;
  voided: boolean;
  voidReason: string | null;
}

export interface RoomStatus {
  present: Visit[];
  headCount: number;
  capacity: number;
  /** Teachers signed in for duty now (duty sign-in), by name. */
  teachersOnDuty: number;
  dutyTeachers: string[];
  childrenPerTeacher: number;
  /** Children whose check-out waits for a teacher, longest waiting first. */
  waiting: LeaveWaiting[];
  /** headCount > capacity */
  overCapacity: boolean;
  /** headCount > teachersOnDuty × childrenPerTeacher */
  overRatio: boolean;
  closingTime: string;
  /** Children present with health notes, by id: the room shows an icon; the text is opened one by one (logged). */
  withHealthNotes: number[];
}

/** A child's health notes, as children.healthNotes hands them to a teacher who opened them. */
export interface HealthNotes {
  allergies: string | null;
  conditions: string | null;
  medicines: string | null;
  /** What to do if it happens. */
  actions: string | null;
}

export interface QueueEntry {
  bookingId: number;
  position: number;
  status: OpenBookingStatus;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  parentId: number;
  parentRelation: ParentRelation;
  parentName: string | null;
  /** Staff only: the number to dial. */
  phone: string | null;
  bookedAt: string;
  channel: CallChannel;
  /** The first waiting booking for its device: whom the teacher dials when that device is free. */
  nextOnDevice: boolean;
  /** Whole days since the child last talked with this parent; null = never on record. */
  daysSinceTalkWithParent: number | null;
  /** Whole days since the child last talked with any parent: the fair-rotation key. */
  daysSinceAnyTalk: number | null;
  callId: number | null;
  callStartedAt: string | null;
  /** Checked in now: a child who is not in the room cannot come to the phone. */
  inRoom: boolean;
  /** The parent's best time to call as the child's file has it. */
  bestCallTime: string | null;
  /** Whether now (the room's time) falls in it; null when the text names no time the app can read. */
  goodTimeNow: boolean | null;
}

export interface CallRecord {
  id: number;
  childId: number;
  childName: string;
  parentId: number;
  parentRelation: ParentRelation;
  parentName: string | null;
  staffName: string | null;
  booked: boolean;
  channel: CallChannel;
  startedAt: string;
  endedAt: string | null;
  durationSeconds: number | null;
  outcome: CallOutcome | null;
  note: string | null;
}

export interface CareRow {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  surrogateName: string | null;
  lastTalkAt: string | null;
  /** null = no talk on record. */
  daysSinceTalk: number | null;
  hasBooking: boolean;
  parents: { id: number; relation: ParentRelation; name: string | null; hasPhone: boolean }[];
}

export interface RoomStats {
  today: { checkIns: number; calls: number };
  week: { checkIns: number; calls: number };
  /** The last 28 days, oldest first, in the room's time zone. */
  daily: { date: string; checkIns: number }[];
}
