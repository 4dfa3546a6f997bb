// School semesters, as Chinese schools run them: autumn from September to January (the winter
// holiday starts late January), spring from February to August (the summer holiday counts with
// spring, so a book read in July still counts for the year's spring review).

/** The semester a local date (YYYY-MM-DD) falls in: '2026-autumn' for 2026-09-01 … 2027-01-31. */
export function semesterOf(localDate: string): string {
  const year = Number(localDate.slice(0, 4));
  const month = Number(localDate.slice(5, 7));
  if (month >= 9) return `${year}-autumn`;
  // January still belongs to the autumn semester that began the September before.
  if (month === 1) return `${year - 1}-autumn`;
  return `${year}-spring`;
}

/** First and last local dates of a semester named like '2026-autumn' or '2027-spring'. */
export function semesterRange(semester: string): { from: string; to: string } {
  const m = /^(\d{4})-(spring|autumn)$/.exec(semester);
  if (!m) throw new Error(`Not a semester: ${semester}`);
  const year = Number(m[1]);
  if (m[2] === 'autumn') return { from: `${year}-09-01`, to: `${year + 1}-01-31` };
  return { from: `${year}-02-01`, to: `${year}-08-31` };
}
