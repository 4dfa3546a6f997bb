// The new school year's step (issue 20): promote every child one grade, graduate the last grade,
// reassign children whose surrogate parent left, close last year's interest groups.

/** What one run changed, shown afterwards and kept with the step. */
export interface SchoolYearSummary {
  promoted: number;
  keptBack: number;
  graduated: number;
  reassigned: number;
  groupsClosed: number;
}

/** The live (not undone) step of a school year. */
export interface SchoolYearStep {
  id: number;
  /** The calendar year the school year starts in: 2026 is 2026–2027学年. */
  schoolYear: number;
  runAt: string;
  runByName: string | null;
  summary: SchoolYearSummary;
  /** Undo is allowed until the end of the day it ran on (the room's time zone). */
  undoable: boolean;
}

export interface SchoolYearStatus {
  /** The school year today falls in (its start year). */
  schoolYear: number;
  /** YYYY-MM-DD: the day this calendar year's school year starts (Settings.schoolYearStart). */
  startsOn: string;
  /** Today is on or after startsOn, no step was run for this school year, and some child was on the roll before it. */
  due: boolean;
  /** The step run for this calendar year's school year, if any. */
  step: SchoolYearStep | null;
}

export interface SchoolYearChild {
  childId: number;
  name: string;
  grade: number | null;
  classNo: number | null;
}

/** A child moving up: `nextGrade` is grade + 1. */
export interface SchoolYearMove extends SchoolYearChild {
  nextGrade: number;
}

/** A child whose surrogate parent's account is archived. */
export interface SchoolYearReassign extends SchoolYearChild {
  surrogateId: number;
  surrogateName: string;
}

export interface SchoolYearGroup {
  id: number;
  title: string;
  termStart: string | null;
  termEnd: string | null;
  gradeFrom: number | null;
  gradeTo: number | null;
}

export interface SchoolYearPreview {
  schoolYear: number;
  startsOn: string;
  /** Settings.lastGrade: children in it (or above) graduate. */
  lastGrade: number;
  moves: SchoolYearMove[];
  graduates: SchoolYearChild[];
  /** No grade on file (年级不明): listed, not moved. */
  unknownGrade: SchoolYearChild[];
  reassign: SchoolYearReassign[];
  /** Active staff who may take a child on as her surrogate parent. */
  candidates: { id: number; name: string }[];
  groups: SchoolYearGroup[];
}
