// The office database (issue 15): the weekly bundles a school office or the county keeps, separate
// from any room's database. One schema on SQLite and PostgreSQL: flags are integers (0/1) and stamps
// and dates are text as the bundles carry them, so the same Kysely queries read both.
import type { Generated } from 'kysely';

export interface OfficeSchoolTable {
  id: Generated<number>;
  name: string;
  /** The PostgreSQL role of this school's office (county-init); null on SQLite and for the county's own. */
  db_role: string | null;
}

export interface OfficeRoomTable {
  id: Generated<number>;
  school_id: number;
  name: string;
}

export interface OfficeBundleTable {
  id: Generated<number>;
  school_id: number;
  room_id: number;
  /** ISO week 'YYYY-Www' and its Monday. */
  week: string;
  monday: string;
  revision: number;
  /** SHA-256 over the bundle's files (shared/bundleCheck): the same bundle imported twice is stored once. */
  fingerprint: string;
  /** 1 for the week's bundle that counts; 0 once a later revision supersedes it (kept as history). */
  current: number;
  superseded_by: number | null;
  /** The folder name it was imported from (a correction's `replaces` names it). */
  folder: string;
  manifest: string;
  created_at: string;
  imported_at: string;
  include_contacts: number;
  // The week's figures as recomputed from the CSVs.
  children: number;
  visits: number;
  calls: number;
  calls_talked: number;
  /** Of the calls, those on the video computer (0 for bundles from before video calls). */
  video_calls: number;
  video_calls_talked: number;
  loans: number;
  returns: number;
  signups: number;
  attendances: number;
  duty_sign_ins: number;
  duties_planned: number;
  duties_covered: number;
  no_call_30: number;
  overdue_books: number;
  /** Care coverage at the week's end (percent); null in bundles older than care records. */
  care_children: number | null;
  care_talk_share: number | null;
  care_contact_share: number | null;
}

/** Columns every log row has: the bundle and school it came from, and the child as the CSV names her. */
interface LogRow {
  id: Generated<number>;
  bundle_id: number;
  school_id: number;
}

interface ChildCols {
  name: string;
  grade: number | null;
  class_no: number | null;
}

export interface OfficeCheckinTable extends LogRow, ChildCols {
  checked_in_at: string;
  checked_out_at: string | null;
  minutes: number | null;
  leave_mode: string | null;
  /** Only when the room chose to include contact details. */
  collected_by: string | null;
}

export interface OfficeCallTable extends LogRow, ChildCols {
  parent: string | null;
  started_at: string | null;
  minutes: number | null;
  outcome: string | null;
  talked: number;
  /** 'phone' or 'video'; 'phone' for a bundle without the column (rooms from before video calls). */
  channel: string;
  booked: number;
  phone: string | null;
  note: string | null;
}

export interface OfficeLoanTable extends LogRow, ChildCols {
  title: string | null;
  lent_at: string | null;
  due_on: string | null;
  returned_at: string | null;
  lent_this_week: number;
  returned_this_week: number;
}

export interface OfficeActivityTable extends LogRow {
  /** 'signup' or 'attendance'. */
  record: string;
  activity: string | null;
  date: string | null;
  name: string | null;
  grade: number | null;
  class_no: number | null;
  present: number | null;
}

export interface OfficeDutyTable extends LogRow {
  date: string | null;
  staff: string | null;
  planned: number;
  status: string | null;
  signed_in_at: string | null;
}

export interface OfficeCareTable extends LogRow {
  surrogate: string | null;
  children: number | null;
  talks: number | null;
  talk_share: number | null;
  contact_share: number | null;
  visit_share: number | null;
  letter_share: number | null;
}

export interface OfficeDatabase {
  office_school: OfficeSchoolTable;
  office_room: OfficeRoomTable;
  office_bundle: OfficeBundleTable;
  office_checkin: OfficeCheckinTable;
  office_call: OfficeCallTable;
  office_loan: OfficeLoanTable;
  office_activity: OfficeActivityTable;
  office_duty: OfficeDutyTable;
  office_care: OfficeCareTable;
}

/** The tables holding one school's rows (all but office_school carry school_id). */
export const LOG_TABLES = ['office_checkin', 'office_call', 'office_loan', 'office_activity', 'office_duty', 'office_care'] as const;
export const SCHOOL_TABLES = ['office_room', 'office_bundle', ...LOG_TABLES] as const;
