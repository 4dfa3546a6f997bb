// The lecture register's tables (migration 0023), beside schema.ts, which holds every other table.
import type { Generated } from 'kysely';
import type * as Domain from '../../shared/domain';

export interface LectureTable {
  id: Generated<number>;
  topic: Domain.LectureTopic;
  title: string;
  /** Local date the lecture was held (YYYY-MM-DD). */
  date: string;
  speaker: string;
  note: string | null;
  /** Who recorded it. */
  staff_id: number;
  voided_at: string | null;
  void_reason: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per child present; no row, not present. */
export interface LectureAttendanceTable {
  id: Generated<number>;
  lecture_id: number;
  child_id: number;
  marked_by_staff_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Joined into schema.ts's Database. */
export interface LectureTables {
  lecture: LectureTable;
  lecture_attendance: LectureAttendanceTable;
}
