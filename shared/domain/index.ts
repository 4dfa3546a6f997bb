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
  // 爱心妈妈: a caring mother of the room's helpers, offered for collectors only (not as a guardian).
  'caring_mother',
  'other',
] as const;

/** Relations kept readable for old records but no longer offered: the survey tells 伯父, 叔叔 and 舅舅 apart. */
export const LEGACY_GUARDIAN_RELATIONS: readonly GuardianRelation[] = ['uncle', 'aunt'];
export type GuardianRelation = (typeof GUARDIAN_RELATIONS)[number];
/** Relations a collector may have but a guardian on file may not. */
export const COLLECTOR_ONLY_RELATIONS: readonly GuardianRelation[] = ['caring_mother'];

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
  /** The room has a computer for video calls (视频通话电脑): the kiosk then offers 视频 beside 打电话. */
  videoCallPc: boolean;
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
  /** MM-DD: the day a new school year starts; from then the admin's home offers the new school year's step. */
  schoolYearStart: string;
  /** The school's last grade (6 for a primary school, 9 for 九年一贯制): its children graduate at the step. */
  lastGrade: number;
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
  /** MM-DD, or null. */
  birthday: string | null;
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

export * from './room';
export * from './library';
export * from './activities';
export * from './exports';
export * from './care';
import type { CarePeriod } from './care';
export * from './privacy';
export * from './childImport';
export * from './clock';
export * from './collectors';
export * from './helpers';
export * from './lectures';
export * from './schoolYear';
export * from './incidents';
