// Where a duty roster generated from a term start ends: with the school semester, not a fixed
// number of weeks (20 weeks from September ran through the winter holiday).

/**
 * The last day of the semester that `termStart` (YYYY-MM-DD) falls in: autumn (September to January)
 * ends on 31 January, spring on `springEnd` (MM-DD, Settings.springTermEnd). A start after the spring
 * end (the summer holiday) belongs to the autumn semester coming.
 */
export function semesterEndOf(termStart: string, springEnd: string): string {
  const year = Number(termStart.slice(0, 4));
  const monthDay = termStart.slice(5);
  if (monthDay <= '01-31') return `${year}-01-31`;
  if (monthDay <= springEnd) return `${year}-${springEnd}`;
  return `${year + 1}-01-31`;
}
