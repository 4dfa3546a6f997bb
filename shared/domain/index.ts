// Domain types and enums shared by both sides. Plain data only: no Node, no DOM.

export const ROLES = ['kiosk', 'teacher', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = Exclude<Role, 'kiosk'>;
export const STAFF_ROLES = ['teacher', 'admin'] as const satisfies readonly StaffRole[];

/** kiosk < teacher < admin */
export function roleAtLeast(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

/** Who of the parents works away from home. */
export const SITUATIONS = ['father_away', 'mother_away', 'both_away'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const PARENT_RELATIONS = ['father', 'mother', 'other'] as const;
export type ParentRelation = (typeof PARENT_RELATIONS)[number];

export const GUARDIAN_RELATIONS = [
  'grandfather',
  'grandmother',
  'maternal_grandfather',
  'maternal_grandmother',
  'father',
  'mother',
  'uncle',
  'aunt',
  // The survey's own words (伯父/叔叔/舅舅/姑姑/姨妈); 'uncle' and 'aunt' stay for records made before.
  'paternal_uncle_elder',
  'paternal_uncle_younger',
  'maternal_uncle',
  'paternal_aunt',
  'maternal_aunt',
  'sibling',
  'other',
] as const;

/** Relations kept readable for old records but no longer offered: the survey tells 伯父, 叔叔 and 舅舅 apart. */
export const LEGACY_GUARDIAN_RELATIONS: readonly GuardianRelation[] = ['uncle', 'aunt'];
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** PIPL art. 31: a guardian's consent is needed to process the data of a child under 14. */
export const CONSENT_AGE = 14;

export interface Settings {
  schoolName: string;
  roomName: string;
  language: Language;
  idleLockMinutes: number;
  timezone: string;
  /** Children the room holds at once. */
  roomCapacity: number;
  /** Children one teacher may look after. */
  childrenPerTeacher: number;
  /** No longer read by the room page, which counts duty sign-ins (issue 16); kept for stored settings. */
  teachersOnDuty: number;
  /** Children below this grade (and any whose grade is unknown) may not leave alone without a teacher. */
  leaveAloneFromGrade: number;
  /** HH:mm: visits still open then are checked out automatically. */
  closingTime: string;
  /** Minutes a call may last; the teacher sees a countdown. */
  callLimitMinutes: number;
  /** Seconds the kiosk shows a confirmation before returning to start. */
  kioskReturnSeconds: number;
  /** Whether the kiosk speaks each step aloud (system voices, offline). */
  kioskVoice: boolean;
  /** Days a book is lent for. */
  loanDays: number;
  /** Books one child may hold at once. */
  maxLoansPerChild: number;
  /** Times a loan may be renewed. */
  maxRenewals: number;
  /** The grades a teacher gives a reading review, best first (优/良/中/待提高). */
  reviewGrades: string[];
  /** ISO weekday (1 Monday … 7 Sunday) and HH:mm after which a week's bundle is due. */
  exportDay: number;
  exportTime: string;
  /** Where scheduled bundles go (a USB drive, a shared folder); '' turns the schedule off. */
  exportFolder: string;
  /** Where daily backups go; '' means the backups folder beside the database. */
  backupFolder: string;
  /** How often each surrogate-parent duty is due (the due list). */
  careTalkPeriod: CarePeriod;
  careContactPeriod: CarePeriod;
  careVisitPeriod: CarePeriod;
  careLetterPeriod: CarePeriod;
  /** Years after a child left before an admin may erase her personal data (PIPL art. 47). */
  retentionYears: number;
  /** Days the PC's clock may run ahead of the newest moment the app has seen (the longest holiday) before a teacher must confirm the date. */
  clockHolidayDays: number;
  /** Open weeks (weeks anyone came) a child on the roll may miss before the care page lists her as not seen lately. */
  notSeenWeeks: number;
  /** MM-DD: the spring semester's last day, where a roster generated in spring ends (autumn ends 31 January). */
  springTermEnd: string;
}

export interface SessionInfo {
  role: Role;
  staffId: number | null;
  staffName: string | null;
}

export interface SetupStatus {
  isSetUp: boolean;
  schoolName: string;
  roomName: string;
  language: Language;
  idleLockMinutes: number;
}

export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  /** May read counselling notes (the counsellor role), whatever the role. */
  counsellor: boolean;
  archived: boolean;
  lockedUntil: string | null;
}

/** What the kiosk may see of staff: enough to pick a name before typing a PIN. */
export interface StaffName {
  id: number;
  name: string;
}

export type UnlockResult = { status: 'unlocked'; session: SessionInfo } | { status: 'wrong_pin'; attemptsLeft: number } | { status: 'locked'; until: string };

export interface Parent {
  id: number;
  relation: ParentRelation;
  /** null: the roster gave only where the parent works. */
  name: string | null;
  phone: string | null;
  workCity: string | null;
  employer: string | null;
  bestCallTime: string | null;
  verifiedOn: string | null;
}

export interface Consent {
  signedBy: string;
  signedOn: string;
  scope: string | null;
}

/** One page of a long list, and how many rows the whole list has (for the pager). */
export interface Page<T> {
  rows: T[];
  total: number;
}

/** Only the name is always known: a school's roster may leave any other field empty (null). */
export interface ChildSummary {
  id: number;
  name: string;
  gender: Gender | null;
  birthDate: string | null;
  grade: number | null;
  classNo: number | null;
  studentNo: string | null;
  situation: Situation | null;
  deFactoUnsupported: boolean;
  boarding: boolean;
  surrogateName: string | null;
  /** True when the child is under 14 and no guardian consent is on file. */
  consentMissing: boolean;
  archived: boolean;
}

export interface ChildFile extends ChildSummary {
  guardianName: string | null;
  guardianRelation: GuardianRelation | null;
  guardianPhone: string | null;
  guardianAddress: string | null;
  /** 民族, asked by the national survey; null when not known. */
  ethnicity: string | null;
  /** 户籍所在地, where her household is registered (the national survey); null when not known. */
  hukou: string | null;
  /** The national survey's: 身体状况, 家庭主要经济来源, 受委托监护人情况, 村(居)委会联系人; null when not known. */
  healthStatus: string | null;
  incomeSource: string | null;
  guardianSituation: string | null;
  villageContactName: string | null;
  villageContactPhone: string | null;
  /** Health notes: sensitive (each opening from the room page is logged; never at the kiosk). */
  healthAllergies: string | null;
  healthConditions: string | null;
  healthMedicines: string | null;
  /** What to do if it happens. */
  healthActions: string | null;
  surrogateStaffId: number | null;
  notes: string | null;
  consent: Consent | null;
  parents: Parent[];
  archivedAt: string | null;
  archiveReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ImportRowStatus = 'new' | 'update' | 'error';

export interface ImportRowProblem {
  column: string;
  code: string;
}

export interface ImportPreviewRow {
  /** 1-based row number as the spreadsheet shows it. */
  rowNumber: number;
  status: ImportRowStatus;
  name: string;
  grade: number | null;
  classNo: number | null;
  studentNo: string | null;
  problems: ImportRowProblem[];
}

export interface ImportPreview {
  rows: ImportPreviewRow[];
  counts: Record<ImportRowStatus, number>;
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
}

export interface DemoSeedResult {
  children: number;
  staff: { name: string; role: StaffRole; pin: string }[];
}

// ---- Check-in/out and the home phone (issue 3) ----

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

/** What the kiosk may show of a child: a name in a list, nothing more. */
export interface KioskChild {
  id: number;
  name: string;
  grade: number | null;
  classNo: number | null;
  checkedIn: boolean;
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
  parents: { id: number; relation: ParentRelation }[];
  /** Who may collect her, by name and relation: the kiosk's "家人来接" choices (no phone, no note). */
  collectors: { id: number; name: string; relation: string | null }[];
  booking: { id: number; parentRelation: ParentRelation; position: number; status: OpenBookingStatus } | null;
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

// ---- The room's library (issue 4) ----

export const COPY_STATUSES = ['on_shelf', 'on_loan', 'lost', 'withdrawn'] as const;
export type CopyStatus = (typeof COPY_STATUSES)[number];

export interface BookCopy {
  id: number;
  bookId: number;
  /** The copy's own label: what the scanner reads to lend or return it. */
  barcode: string;
  status: CopyStatus;
  /** The open loan of a copy on loan. */
  loan: { id: number; childId: number; childName: string; dueOn: string } | null;
}

export interface Book {
  id: number;
  title: string;
  author: string | null;
  publisher: string | null;
  /** Normalised: digits (and a final X for ISBN-10), no hyphens. */
  isbn: string | null;
  category: string | null;
  gradeFrom: number | null;
  gradeTo: number | null;
  copies: BookCopy[];
  onShelf: number;
}

export interface Loan {
  id: number;
  copyId: number;
  barcode: string;
  bookId: number;
  title: string;
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  lentAt: string;
  dueOn: string;
  returnedAt: string | null;
  renewals: number;
  /** Whole days past due (0 when not overdue or returned on time). */
  overdueDays: number;
  lentBy: string | null;
}

/** What a child sees of her own loans at the kiosk. */
export interface KioskLoan {
  title: string;
  dueOn: string;
  overdue: boolean;
}

export interface Review {
  id: number;
  childId: number;
  childName: string;
  bookId: number;
  title: string;
  text: string;
  /** 'kiosk' when the child typed it herself. */
  writtenVia: Via;
  writtenAt: string;
  /** One of Settings.reviewGrades, or null until a teacher grades it. */
  grade: string | null;
  gradedBy: string | null;
  semester: string;
}

export interface ReviewProgressRow {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  reviews: number;
  graded: number;
}

export interface PopularBook {
  bookId: number;
  title: string;
  loans: number;
}

export interface BarcodeLookup {
  book: Book;
  copy: BookCopy;
}

// ---- Activities, interest groups and the duty roster (issue 5) ----

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

export * from './exports';
export * from './care';
import type { CarePeriod } from './care';
import type { LeaveWaiting } from './collectors';
export * from './privacy';
export * from './childImport';
export * from './clock';
export * from './collectors';
