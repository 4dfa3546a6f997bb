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
  'sibling',
  'other',
] as const;
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
  archived: boolean;
  lockedUntil: string | null;
}

/** What the kiosk may see of staff: enough to pick a name before typing a PIN. */
export interface StaffName {
  id: number;
  name: string;
}

export type UnlockResult =
  | { status: 'unlocked'; session: SessionInfo }
  | { status: 'wrong_pin'; attemptsLeft: number }
  | { status: 'locked'; until: string };

export interface Parent {
  id: number;
  relation: ParentRelation;
  name: string;
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

export interface ChildSummary {
  id: number;
  name: string;
  gender: Gender;
  birthDate: string;
  grade: number;
  classNo: number;
  studentNo: string | null;
  situation: Situation;
  deFactoUnsupported: boolean;
  boarding: boolean;
  surrogateName: string | null;
  /** True when the child is under 14 and no guardian consent is on file. */
  consentMissing: boolean;
  archived: boolean;
}

export interface ChildFile extends ChildSummary {
  guardianName: string;
  guardianRelation: GuardianRelation;
  guardianPhone: string;
  guardianAddress: string | null;
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
