// Care records kept by each child's surrogate parent (代理家长), the due list and the growth file.
import type { CallChannel, ParentRelation } from './index';

export const CARE_KINDS = ['talk', 'contact', 'home_visit', 'letter', 'growth', 'counselling'] as const;
export type CareKind = (typeof CARE_KINDS)[number];

/** Whom a contact record reached. */
export const CONTACT_WITH = ['father', 'mother', 'guardian', 'other'] as const;
export type ContactWith = (typeof CONTACT_WITH)[number];

export const CONTACT_MODES = ['phone', 'video', 'in_person', 'message'] as const;
export type ContactMode = (typeof CONTACT_MODES)[number];

export const GROWTH_AREAS = ['study', 'behaviour', 'emotions', 'health', 'achievements'] as const;
export type GrowthArea = (typeof GROWTH_AREAS)[number];

/** The duties the due list checks, each with a period in Settings. */
export const CARE_DUTIES = ['talk', 'contact', 'visit', 'letter'] as const;
export type CareDuty = (typeof CARE_DUTIES)[number];

/**
 * 'parent_unreached': raised by the app after three unanswered calls in a row. 'talk' / 'talk_counsellor':
 * the child asked at the kiosk to talk to her surrogate parent / the counsellor (nothing else is stored).
 */
export const FOLLOW_UP_REASONS = ['record', 'parent_unreached', 'talk', 'talk_counsellor'] as const;
/** Whom a child asks to talk to at the kiosk. */
export const TALK_WITH = ['teacher', 'counsellor'] as const;
export type TalkWith = (typeof TALK_WITH)[number];
export type FollowUpReason = (typeof FOLLOW_UP_REASONS)[number];

export const CARE_PERIODS = ['week', 'month', 'semester'] as const;
export type CarePeriod = (typeof CARE_PERIODS)[number];

/**
 * One record, signed by the staff member who wrote it. Fields a kind does not use are null.
 * talk: text · contact: contactWith, contactMode, text · home_visit: metWith, text (what was found)
 * letter: letterTo, date (written), letterSentOn — never the letter's text · growth: growthArea, text
 * counselling: text, or null with redacted = true for a reader who is neither admin nor counsellor.
 */
export interface CareRecord {
  id: number;
  childId: number;
  childName: string;
  kind: CareKind;
  date: string;
  staffId: number;
  staffName: string;
  contactWith: ContactWith | null;
  contactMode: ContactMode | null;
  metWith: string | null;
  growthArea: GrowthArea | null;
  letterTo: string | null;
  letterSentOn: string | null;
  text: string | null;
  redacted: boolean;
  /** A call logged on the home phone shown as a contact (read-only; id is the call's id). */
  fromCall: boolean;
  followUp: FollowUp | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
}

export interface FollowUp {
  id: number;
  childId: number;
  childName: string;
  recordId: number | null;
  reason: FollowUpReason;
  /**
   * record: what the writer asked for. parent_unreached: the relation of the parent not reached
   * ('father' | 'mother' | 'other'), for the window to word. '' when redacted.
   */
  note: string;
  /** The note of a follow-up raised by a counselling record, withheld from a reader who may not read counselling. */
  redacted: boolean;
  dueOn: string;
  /** null: raised by the app (three unanswered calls in a row). */
  raisedBy: string | null;
  doneAt: string | null;
  doneBy: string | null;
  doneNote: string | null;
}

export interface DueItem {
  duty: CareDuty;
  /** due: not yet done this period; overdue: not done last period either. */
  status: 'due' | 'overdue';
  /** Date of the last record that counts, or null if never. */
  lastDone: string | null;
  /** Last day of the current period. */
  periodEnds: string;
}

export interface DueChild {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  duties: DueItem[];
  /** Open follow-ups, the earliest due first. */
  followUps: FollowUp[];
}

export interface DueGroup {
  /** null: children with no surrogate parent. */
  staffId: number | null;
  staffName: string | null;
  children: DueChild[];
}

/** One surrogate parent's group on the room-wide due list, counted; its children load on demand. */
export interface DueGroupSummary {
  /** null: children with no surrogate parent (none, or one whose account is archived). */
  staffId: number | null;
  staffName: string | null;
  /** Children with a duty still to do this period or a follow-up open. */
  due: number;
  /** Of those, the ones with a duty not done last period either or a follow-up past its day. */
  late: number;
}

export interface CoverageMonth {
  /** YYYY-MM */
  month: string;
  /** Shares 0..1 of the children on the roll in that month. */
  talk: number;
  contact: number;
  visit: number;
  letter: number;
}

export interface CareCharge {
  /** Children on the roll whose surrogate parent is the caller. */
  mine: number;
  /** Children on the roll with no surrogate parent (none, or one whose account is archived). */
  withoutSurrogate: number;
}

export interface CareCoverage {
  children: number;
  /** Shares now: talk and contact this month, visit and letter this semester. */
  current: CoverageMonth;
  /** The counts behind `current` ("1/300" beside 0%): children on the roll now, and how many had each duty done. */
  currentCounts: Record<CareDuty, number> & { onRoll: number };
  /** The last six months, oldest first (visit and letter: within each month's semester so far). */
  months: CoverageMonth[];
  unassigned: { childId: number; childName: string; grade: number | null; classNo: number | null }[];
}

/** What a letter home is for: a festival, the summer holiday, or a parent's birthday. */
export const LETTER_OCCASION_KINDS = ['spring_festival', 'mid_autumn', 'summer_holiday', 'parent_birthday'] as const;
export type LetterOccasionKind = (typeof LETTER_OCCASION_KINDS)[number];

/** A prompt on the due list: write to her parents before this day (no letter recorded for it yet). */
export interface LetterOccasion {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  occasion: LetterOccasionKind;
  /** The day itself (YYYY-MM-DD). */
  date: string;
  /** parent_birthday: whose. */
  parentRelation: ParentRelation | null;
}

export interface Birthday {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  birthDate: string;
  /** The day of this birthday (YYYY-MM-DD); 29 February falls on 28 February in common years. */
  on: string;
  /** The age the child turns. */
  age: number;
  when: 'today' | 'this_week' | 'next_week';
}

export const TIMELINE_KINDS = ['care', 'checkin', 'call', 'loan', 'activity'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineEntry {
  kind: TimelineKind;
  /** ISO stamp or local date (care records, attendance); sorted newest first. */
  at: string;
  /**
   * care: the record's kind; checkin: the check-out stamp ('' while still in the room); call: the
   * outcome; loan: the book title; activity: the activity title.
   */
  title: string;
  /**
   * care: the record's text (null for a letter or when redacted); checkin: the leave mode or null;
   * call: the call's note; loan: the return stamp (null while on loan); activity: 'enrolled' for a
   * sign-up (at = when), 'present' or 'absent' for an attendance mark (at = the day).
   */
  detail: string | null;
  staffName: string | null;
  /** care entries: the record (for a counselling record a teacher sees redacted = true, no text). */
  record: CareRecord | null;
  /** call entries: whom she talked to, how long, and on which device (null for every other kind). */
  call: { relation: ParentRelation; durationSeconds: number | null; channel: CallChannel } | null;
}

export interface GrowthFile {
  childId: number;
  childName: string;
  gender: 'female' | 'male' | null;
  birthDate: string | null;
  grade: number | null;
  classNo: number | null;
  situation: 'father_away' | 'mother_away' | 'both_away' | null;
  guardianName: string | null;
  guardianRelation: string | null;
  surrogateName: string | null;
  /** Counts over the whole file. */
  totals: { visits: number; calls: number; booksRead: number; activities: number; records: number };
  entries: TimelineEntry[];
}

/** A child on the roll who has not come to the room for Settings.notSeenWeeks open weeks. */
export interface NotSeenChild {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  surrogateName: string | null;
  /** Her last check-in (a stamp), or null: never came. */
  lastVisitAt: string | null;
  /** Weeks the room was open since her last visit (or since she joined the roll). */
  openWeeksMissed: number;
}

export interface NotSeen {
  weeks: number;
  /** Monday of the earliest open week counted: a child not seen since before it is listed. */
  since: string | null;
  children: NotSeenChild[];
}

/** A parent whose phone and details were not checked this semester (or never). */
export interface ContactCheck {
  parentId: number;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  relation: 'father' | 'mother' | 'other';
  parentName: string | null;
  phone: string | null;
  /** The last check, or null: never checked. */
  verifiedOn: string | null;
}

/**
 * The monthly letter to parents far away (家书): what she did this month, in words a parent reads. Built
 * only from counts, book and activity titles and the parents' relations: never care-record text,
 * health notes or another child's name.
 */
export interface ParentLetter {
  childId: number;
  childName: string;
  /** YYYY-MM in the room's zone. */
  month: string;
  /** The last day counted when the month is still running; null for a finished month. */
  upTo: string | null;
  schoolName: string;
  roomName: string;
  /** Distinct days she checked in. */
  daysIn: number;
  /** Days anyone checked in: 0 means the room was closed (a holiday), not that she stayed away. */
  roomDays: number;
  books: { title: string; grade: string | null }[];
  groups: string[];
  calls: { relation: 'father' | 'mother' | 'other'; calls: number; talked: number }[];
  next: { title: string; date: string | null; weekday: number | null; startTime: string; signedUp: boolean } | null;
  surrogateName: string | null;
  /** The surrogate parent's line as given, other children's names blanked out. */
  line: string;
  /** The letter as plain text (the surrogate parent's line included), for a phone message. */
  text: string;
}
