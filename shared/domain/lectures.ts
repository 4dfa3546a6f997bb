// The lecture register (issue 20): a lecture a month on the law, safety, mental health or another topic.

export const LECTURE_TOPICS = ['legal', 'safety', 'mental_health', 'other'] as const;
export type LectureTopic = (typeof LECTURE_TOPICS)[number];

export interface Lecture {
  id: number;
  topic: LectureTopic;
  title: string;
  /** Local date held, YYYY-MM-DD. */
  date: string;
  speaker: string;
  note: string | null;
  recordedById: number;
  recordedByName: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  /** Children marked present. */
  present: number;
}

export interface LectureAttendanceRow {
  childId: number;
  childName: string;
  grade: number | null;
  classNo: number | null;
  present: boolean;
  /** Checked in at the room on the lecture's day: listed first, most likely present. */
  inRoom: boolean;
}

export interface LectureAttendance {
  lectureId: number;
  date: string;
  rows: LectureAttendanceRow[];
  present: number;
}

/** A month of the semester the room was open in and no lecture was held; `current` for this month, so far. */
export interface LectureGapMonth {
  /** YYYY-MM */
  month: string;
  current: boolean;
}

export interface LectureGaps {
  /** '2026-autumn' */
  semester: string;
  months: LectureGapMonth[];
}

/** What the weekly bundle carries: counts only, never who attended. */
export interface LectureFacts {
  /** The month the week's Sunday falls in (YYYY-MM). */
  month: string;
  /** Lectures held in that month up to the week's end, by topic. */
  byTopic: Record<LectureTopic, number>;
  /** The semester's months without a lecture so far (the running month included when none yet). */
  monthsWithout: string[];
}
