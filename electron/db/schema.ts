// The Kysely view of the database: one interface per table. Nullable columns are `| null`, never optional;
// `Generated<>` marks what the database fills in. Enumerated values are shared/domain's own types.
import type { Generated } from 'kysely';
import type * as Domain from '../../shared/domain';
import type { HelperTables } from './helperSchema';
import type { LectureTables } from './lectureSchema';
import type { LibraryTables } from './librarySchema';
import type { IncidentTables } from './incidentSchema';

export interface Timestamps {
  created_at: string;
  updated_at: string;
}

export interface SettingTable extends Timestamps {
  id: Generated<number>;
  key: string;
  /** JSON-encoded value. */
  value: string;
}

export interface StaffTable extends Timestamps {
  id: Generated<number>;
  name: string;
  role: Domain.StaffRole;
  pin_hash: string;
  /** 1: may read counselling notes (the counsellor role). */
  counsellor: Generated<number>;
  failed_pin_count: Generated<number>;
  locked_until: string | null;
  archived_at: string | null;
}

export interface AuditLogTable extends Timestamps {
  id: Generated<number>;
  actor_staff_id: number | null;
  actor_role: string;
  action: string;
  table_name: string;
  row_id: number | null;
  /** JSON: what changed, without PIN hashes. */
  details: string | null;
}

export interface ChildTable extends Timestamps {
  id: Generated<number>;
  name: string;
  /** Full pinyin without tones or spaces ("zhangxiaoming"), for search. */
  name_pinyin: string;
  /** Pinyin initials ("zxm"), for search. */
  name_initials: string;
  // Migration 0015: only the name is required; a school's roster may leave the rest unknown (NULL).
  gender: Domain.Gender | null;
  birth_date: string | null;
  ethnicity: string | null;
  /** Migration 0017: 户籍所在地, where her household is registered. */
  hukou: string | null;
  /** Migration 0019, the national survey's: 身体状况, 家庭主要经济来源, 受委托监护人情况, 村(居)委会联系人. */
  health_status: string | null;
  income_source: string | null;
  guardian_situation: string | null;
  village_contact_name: string | null;
  village_contact_phone: string | null;
  grade: number | null;
  class_no: number | null;
  student_no: string | null;
  situation: Domain.Situation | null;
  de_facto_unsupported: number;
  boarding: number;
  guardian_name: string | null;
  guardian_relation: string | null;
  guardian_phone: string | null;
  guardian_address: string | null;
  surrogate_staff_id: number | null;
  notes: string | null;
  consent_signed_by: string | null;
  consent_signed_on: string | null;
  consent_scope: string | null;
  archived_at: string | null;
  archive_reason: string | null;
  /** Personal data erased (PIPL art. 47); the row keeps only what anonymous counts need. */
  erased_at: string | null;
  /** Migration 0018: her health notes, sensitive (each opening is logged; never at the kiosk). */
  health_allergies: string | null;
  health_conditions: string | null;
  health_medicines: string | null;
  /** What to do if it happens (an allergic reaction, a fit). */
  health_actions: string | null;
  photo_consent_by: string | null; // the guardian who consented to her photo (date below); NULL: no photo may be kept
  photo_consent_on: string | null;
}

export interface ChildParentTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  relation: Domain.ParentRelation;
  name: string | null;
  phone: string | null;
  work_city: string | null;
  employer: string | null;
  best_call_time: string | null;
  verified_on: string | null;
  /** Set when an edit drops this parent from the file; the row stays for history. */
  removed_at: string | null;
  birthday: Generated<string | null>; // MM-DD: the due list prompts a letter home before it
}

export interface VisitTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  checked_in_at: string;
  checked_out_at: string | null;
  /** null: the child checked in at the kiosk. */
  check_in_staff_id: number | null;
  check_out_staff_id: number | null;
  checkout_method: Domain.CheckoutMethod | null;
  leave_mode: Domain.LeaveMode | null;
  collected_by: string | null;
  voided_at: string | null;
  void_reason: string | null;
  // Migration 0016: how she asked to leave at the kiosk, and whether a teacher must decide.
  leave_request: Domain.LeaveMode | null;
  leave_request_by: string | null;
  leave_held_at: string | null;
  leave_hold_reason: Domain.LeaveHoldReason | null;
  leave_note: string | null;
}

/** Migration 0016: who may collect a child, in the order the file lists them; may_collect 0 is "may not collect". */
export interface ChildCollectorTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  position: number;
  name: string | null;
  relation: string | null;
  phone: string | null;
  may_collect: number;
  note: string | null;
  photo: Buffer | null; // small, like hers (shared/photo.ts); kept only while her photo consent is on file
}

/** Her photo, small (see shared/photo.ts), apart from `child` so that lists never read the bytes. */
export interface ChildPhotoTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  photo: Buffer | null; // NULL only after erasure
}

export interface CallBookingTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  parent_id: number;
  booked_at: string;
  /** null: booked by the child at the kiosk. */
  booked_by_staff_id: number | null;
  status: Domain.BookingStatus;
  closed_at: string | null;
  /** Which device the child asked for; 'phone' for every booking before video calls. */
  channel: Generated<Domain.CallChannel>;
}

export interface CallTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  parent_id: number;
  /** null: a call the teacher logged without a booking. */
  booking_id: number | null;
  staff_id: number | null;
  started_at: string;
  ended_at: string | null;
  duration_seconds: number | null;
  outcome: Domain.CallOutcome | null;
  note: string | null;
  voided_at: string | null;
  void_reason: string | null;
  /** The device the call was on; 'phone' for every call before video calls. */
  channel: Generated<Domain.CallChannel>;
}

export interface ActivityTable extends Timestamps {
  id: Generated<number>;
  kind: Domain.ActivityKind;
  title: string;
  description: string | null;
  place: string | null;
  capacity: number;
  grade_from: number | null;
  grade_to: number | null;
  teacher_staff_id: number | null;
  signup_opens_at: string;
  signup_closes_at: string;
  /** weekend: the day (YYYY-MM-DD) */
  date: string | null;
  /** group: ISO weekday, 1 = Monday */
  weekday: number | null;
  /** HH:mm */
  start_time: string;
  end_time: string;
  term_start: string | null;
  term_end: string | null;
  archived_at: string | null;
}

export interface ActivitySignupTable extends Timestamps {
  id: Generated<number>;
  activity_id: number;
  child_id: number;
  status: Domain.SignupStatus;
  via: Domain.Via;
  signed_up_at: string;
  promoted_at: string | null;
  closed_at: string | null;
  /** The teacher who enrolled or removed the child. */
  staff_id: number | null;
}

export interface ActivityAttendanceTable extends Timestamps {
  id: Generated<number>;
  activity_id: number;
  child_id: number;
  date: string;
  present: number;
  marked_by_staff_id: number | null;
}

export interface OpeningTable extends Timestamps {
  id: Generated<number>;
  weekday: number;
  start_time: string;
  end_time: string;
  teachers_needed: Generated<number>;
  archived_at: string | null;
}

export interface DutyTable extends Timestamps {
  id: Generated<number>;
  date: string;
  opening_id: number;
  staff_id: number;
  source: Domain.DutySource;
  removed_at: string | null;
}

export interface DutySigninTable extends Timestamps {
  id: Generated<number>;
  staff_id: number;
  duty_id: number | null;
  signed_in_at: string;
  signed_out_at: string | null;
  handover_note: string | null;
}

export interface ExportRunTable extends Timestamps {
  id: Generated<number>;
  /** ISO week, e.g. '2026-W47'. */
  week: string;
  trigger: Domain.ExportTrigger;
  /** The folder chosen (e.g. the USB drive); the bundle is a new folder inside it. */
  folder: string;
  bundle_path: string;
  include_contacts: number;
  rows: number;
  files: number;
  staff_id: number | null;
  /** Set when the week was still running: the bundle holds data up to this stamp and is not the week's export. */
  partial_up_to: string | null;
  /** 1 for a week's first full bundle, then 2, 3… for corrections. */
  revision: Generated<number>;
  /** The full bundle of the same week this one corrects. */
  replaces_id: number | null;
  /** SHA-256 of the week's facts as exported (full bundles only; see export/digest.ts). */
  digest: string | null;
  /** When a later write was found to change the week's facts: a correction is owed. */
  changed_at: string | null;
}

export interface TaskStatusTable extends Timestamps {
  id: Generated<number>;
  /** 'export' | 'backup' */
  task: string;
  last_attempt_at: string | null;
  last_success_at: string | null;
  /** null when the last attempt succeeded. */
  problem_code: string | null;
  problem_detail: string | null;
}

export interface CareRecordTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  kind: Domain.CareKind;
  /** Local date the talk, contact, visit or letter happened (a letter: the date written). */
  date: string;
  staff_id: number;
  contact_with: string | null;
  contact_mode: string | null;
  met_with: string | null;
  growth_area: string | null;
  letter_to: string | null;
  letter_sent_on: string | null;
  /** What was said or found. Never a letter's text. Counselling: admins and counsellors only. */
  text: string | null;
  voided_at: string | null;
  void_reason: string | null;
}

export interface CareFollowUpTable extends Timestamps {
  id: Generated<number>;
  child_id: number;
  record_id: number | null;
  /** 'parent_unreached': raised by the app after three unanswered calls in a row. */
  reason: Domain.FollowUpReason;
  note: string;
  due_on: string;
  raised_by_staff_id: number | null;
  done_at: string | null;
  done_by_staff_id: number | null;
  done_note: string | null;
}

export interface AccessLogTable extends Timestamps {
  id: Generated<number>;
  staff_id: number | null;
  role: string;
  child_id: number;
  what: Domain.AccessKind;
}

/** One run of the new school year's step; `undo` holds the rows' values before it (JSON). */
export interface SchoolYearStepTable extends Timestamps {
  id: Generated<number>;
  school_year: number;
  run_at: string;
  run_by_staff_id: number | null;
  summary: string;
  undo: string;
  undone_at: string | null;
  undone_by_staff_id: number | null;
}

export interface Database extends LibraryTables, LectureTables, HelperTables, IncidentTables {
  setting: SettingTable;
  staff: StaffTable;
  audit_log: AuditLogTable;
  child: ChildTable;
  child_parent: ChildParentTable;
  child_collector: ChildCollectorTable;
  child_photo: ChildPhotoTable;
  visit: VisitTable;
  call_booking: CallBookingTable;
  call: CallTable;
  activity: ActivityTable;
  activity_signup: ActivitySignupTable;
  activity_attendance: ActivityAttendanceTable;
  opening: OpeningTable;
  duty: DutyTable;
  duty_signin: DutySigninTable;
  export_run: ExportRunTable;
  task_status: TaskStatusTable;
  care_record: CareRecordTable;
  care_follow_up: CareFollowUpTable;
  access_log: AccessLogTable;
  school_year_step: SchoolYearStepTable;
}

export type * from './librarySchema';
export type * from './incidentSchema';
export type * from './rows';
