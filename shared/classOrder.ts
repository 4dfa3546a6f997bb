// A child's class as a school's roster gives it: either part may be unknown (only the name is required).
export interface ClassRef {
  grade: number | null;
  classNo: number | null;
}

const nullsLast = (a: number | null, b: number | null): number => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : a - b);

/** Class order with unknown grades and classes last (SQLite sorts NULL first). */
export function compareClass(a: ClassRef, b: ClassRef): number {
  return nullsLast(a.grade, b.grade) || nullsLast(a.classNo, b.classNo);
}

/** A child whose grade or class is unknown is listed under "other" wherever children are grouped by class. */
export const isOtherClass = (c: ClassRef): boolean => c.grade === null || c.classNo === null;
