import { z } from 'zod';
import type { Lecture, LectureAttendance, LectureGaps } from '../domain';
import { LECTURE_TOPICS } from '../domain';
import { returns } from '../registry';
import { date, id, optionalText, requiredText } from '../validation';

export const lectureInput = z.object({
  topic: z.enum(LECTURE_TOPICS, { error: 'required' }),
  title: requiredText(60),
  /** Not after today: the register records lectures held (the service checks against the room's clock). */
  date,
  speaker: requiredText(60),
  note: optionalText(500),
});

export const SEMESTER_PATTERN = /^\d{4}-(spring|autumn)$/;
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const lecturesContract = {
  /** One month's lectures, or one semester's (this one by default); voided ones too, marked. Newest first. */
  'lectures.list': returns<Lecture[]>()(
    'teacher',
    z.object({
      semester: z.string().regex(SEMESTER_PATTERN, { error: 'invalid' }).optional(),
      month: z.string().regex(MONTH_PATTERN, { error: 'invalid' }).optional(),
    }),
  ),
  'lectures.create': returns<Lecture>()('teacher', lectureInput),
  'lectures.update': returns<Lecture>()('teacher', z.object({ id, lecture: lectureInput })),
  /** The lecture stays, marked void, and no longer counts for its month. */
  'lectures.void': returns<Lecture>()('teacher', z.object({ id, reason: requiredText(200) })),
  /** The children on the roll, those in the room on the lecture's day first. */
  'lectures.attendance': returns<LectureAttendance>()('teacher', z.object({ lectureId: id })),
  'lectures.markAttendance': returns<LectureAttendance>()('teacher', z.object({ lectureId: id, childId: id, present: z.boolean() })),
  /** The months of this semester up to this one that the room was open in and held no lecture. */
  'lectures.gaps': returns<LectureGaps>()('teacher', z.object({})),
};
