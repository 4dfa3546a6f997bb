// The row types services use, from the table interfaces in schema.ts (re-exported there).
import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  AccessLogTable,
  ActivitySignupTable,
  ActivityTable,
  AuditLogTable,
  BookCopyTable,
  BookTable,
  CallBookingTable,
  CallTable,
  CareFollowUpTable,
  CareRecordTable,
  ChildParentTable,
  ChildTable,
  DutySigninTable,
  DutyTable,
  ExportRunTable,
  IncidentChildTable,
  IncidentNoticeTable,
  IncidentTable,
  LoanTable,
  OpeningTable,
  ReviewTable,
  StaffTable,
  TaskStatusTable,
  VisitTable,
} from './schema';
import type { AidTable, HelperTable, HelperVisitTable } from './helperSchema';
import type { LectureAttendanceTable, LectureTable } from './lectureSchema';

export type StaffRow = Selectable<StaffTable>;
export type NewStaff = Insertable<StaffTable>;
export type StaffUpdate = Updateable<StaffTable>;
export type ChildRow = Selectable<ChildTable>;
export type NewChild = Insertable<ChildTable>;
export type ChildUpdate = Updateable<ChildTable>;
export type ChildParentRow = Selectable<ChildParentTable>;
export type NewChildParent = Insertable<ChildParentTable>;
export type NewAuditLog = Insertable<AuditLogTable>;
export type VisitRow = Selectable<VisitTable>;
export type CallBookingRow = Selectable<CallBookingTable>;
export type CallRow = Selectable<CallTable>;
export type BookRow = Selectable<BookTable>;
export type BookCopyRow = Selectable<BookCopyTable>;
export type LoanRow = Selectable<LoanTable>;
export type ReviewRow = Selectable<ReviewTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type ActivitySignupRow = Selectable<ActivitySignupTable>;
export type OpeningRow = Selectable<OpeningTable>;
export type DutyRow = Selectable<DutyTable>;
export type DutySigninRow = Selectable<DutySigninTable>;
export type ExportRunRow = Selectable<ExportRunTable>;
export type TaskStatusRow = Selectable<TaskStatusTable>;
export type CareRecordRow = Selectable<CareRecordTable>;
export type CareFollowUpRow = Selectable<CareFollowUpTable>;
export type AccessLogRow = Selectable<AccessLogTable>;
export type HelperRow = Selectable<HelperTable>;
export type HelperVisitRow = Selectable<HelperVisitTable>;
export type AidRow = Selectable<AidTable>;
export type LectureRow = Selectable<LectureTable>;
export type LectureAttendanceRow = Selectable<LectureAttendanceTable>;
export type IncidentRow = Selectable<IncidentTable>;
export type IncidentChildRow = Selectable<IncidentChildTable>;
export type IncidentNoticeRow = Selectable<IncidentNoticeTable>;
