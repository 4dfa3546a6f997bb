// Activities, interest groups and the duty roster (issue 5).
import type { DutySource, Via } from './room';

export const ACTIVITY_KINDS = ['weekend', 'group'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const SIGNUP_STATUSES = ['enrolled', 'waiting', 'cancelled', 'removed'] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

export interface Activity {
  id: number;
  /** weekend: one date; group: every week on `weekday` between termStart and termEnd. */
  kind: ActivityKind;
  title: string;
  description: string | null;
  place: string | null;
  capacity: number;
  gradeFrom: number | null;
  gradeTo: number | null;
  teacherId: number | null;
  teacherName: string | null;
  signupOpensAt: string;
  signupClosesAt: string;
  date: string | null;
  /** ISO weekday, 1 = Monday. */
  weekday: number | null;
  startTime: string;
  endTime: string;
  termStart: string | null;
  termEnd: string | null;
  enrolled: number;
  waiting: number;
  archived: boolean;
}

export interface ActivitySignup {
  id: number;
  activityId: number;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  status: SignupStatus;
  via: Via;
  signedUpAt: string;
  /** Set when the child moved up from the waiting list. */
  promotedAt: string | null;
  /** 1-based place on the waiting list; null unless waiting. */
  position: number | null;
}

export interface ActivityDetail {
  activity: Activity;
  signups: ActivitySignup[];
}

/** What a child sees of an activity at the kiosk. */
export interface KioskActivity {
  id: number;
  kind: ActivityKind;
  title: string;
  description: string | null;
  place: string | null;
  date: string | null;
  weekday: number | null;
  startTime: string;
  endTime: string;
  spotsLeft: number;
  /** When sign-up closes (an ISO stamp), or null when it stays open. */
  signupClosesAt: string | null;
  mine: { status: 'enrolled' | 'waiting'; position: number | null } | null;
}

export interface AttendanceSheet {
  activityId: number;
  date: string;
  rows: { childId: number; childName: string; grade: number | null; classNo: number | null; present: boolean | null }[];
  enrolled: number;
  attended: number;
}

export interface Opening {
  id: number;
  weekday: number;
  startTime: string;
  endTime: string;
  teachersNeeded: number;
}

export interface Duty {
  id: number;
  date: string;
  openingId: number;
  startTime: string;
  endTime: string;
  staffId: number;
  staffName: string;
  source: DutySource;
}

export interface RosterWarning {
  kind: 'short' | 'double';
  date: string;
  openingId: number;
  /** For 'double': the teacher booked twice at once. */
  staffName: string | null;
  /** For 'short': how many teachers are missing. */
  missing: number | null;
}

export interface RosterWeek {
  weekStart: string;
  days: { date: string; openings: { opening: Opening; duties: Duty[] }[] }[];
  warnings: RosterWarning[];
}

export interface DutySignin {
  id: number;
  staffId: number;
  staffName: string;
  dutyId: number | null;
  signedInAt: string;
  signedOutAt: string | null;
  handoverNote: string | null;
}

/** duty.signIn's PIN check: a wrong PIN counts toward the lock-out like the unlock screen's. */
export type PinCheck = { status: 'ok' } | { status: 'wrong_pin'; attemptsLeft: number } | { status: 'locked'; until: string };

export type DutySignInResult = DutyStatus & { pinCheck: PinCheck };

export interface DutyStatus {
  /** The caller's open duty sign-in. */
  current: DutySignin | null;
  /** The last handover note left by whoever signed out before. */
  lastHandover: { staffName: string; note: string; at: string } | null;
  /** The caller's duties from today on (14 days), without today's that are over or that she signed out of. */
  upcoming: Duty[];
  /** Her sign-in of today she has signed out of, the last one; null if none. */
  finishedToday: DutySignin | null;
  /** Children checked in and not out: signing out of duty with children in the room asks first. */
  childrenInRoom: number;
}

export interface PlannedVsActualRow {
  date: string;
  openingId: number | null;
  startTime: string | null;
  staffName: string;
  planned: boolean;
  signedInAt: string | null;
  signedOutAt: string | null;
  status: 'on_time' | 'late' | 'absent' | 'unplanned';
}
