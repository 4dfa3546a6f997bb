// What the new school year's step would do, read from the roll as it is: the preview the admin checks
// and the run acts on, so the two never disagree.
import type { SchoolYearChild, SchoolYearPreview } from '../../../shared/domain';
import { settingsOf } from '../settings/settings';
import type { ServiceDeps } from '../deps';

/** The school year a date falls in (its start year), and the day this calendar year's one starts. */
export function calendarOf(today: string, start: string): { schoolYear: number; startsOn: string; calendarYear: number } {
  const calendarYear = Number(today.slice(0, 4));
  const startsOn = `${calendarYear}-${start}`;
  return { calendarYear, startsOn, schoolYear: today >= startsOn ? calendarYear : calendarYear - 1 };
}

export async function schoolYearPreview(deps: Pick<ServiceDeps, 'db' | 'clock' | 'settings'>): Promise<SchoolYearPreview> {
  const { db, clock } = deps;
  const settings = await settingsOf(deps);
  const { calendarYear, startsOn } = calendarOf(clock.today(), settings.schoolYearStart);
  const children = await db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .select(['c.id', 'c.name', 'c.grade', 'c.class_no', 'c.surrogate_staff_id', 's.name as surrogate_name', 's.archived_at as surrogate_archived_at'])
    .where('c.archived_at', 'is', null)
    .where('c.erased_at', 'is', null)
    .orderBy('c.grade', (o) => o.asc().nullsLast())
    .orderBy('c.class_no', (o) => o.asc().nullsLast())
    .orderBy('c.name_pinyin')
    .orderBy('c.id')
    .execute();
  const ref = (c: (typeof children)[number]): SchoolYearChild => ({ childId: c.id, name: c.name, grade: c.grade, classNo: c.class_no });
  const lastGrade = settings.lastGrade;
  const graduating = (c: (typeof children)[number]) => c.grade !== null && c.grade >= lastGrade;
  const candidates = await db.selectFrom('staff').select(['id', 'name']).where('archived_at', 'is', null).orderBy('name').orderBy('id').execute();
  // A group that began before this school year's start is last year's, whatever its term end says.
  const groups = await db
    .selectFrom('activity')
    .select(['id', 'title', 'term_start', 'term_end', 'grade_from', 'grade_to'])
    .where('kind', '=', 'group')
    .where('archived_at', 'is', null)
    .where('term_start', '<', startsOn)
    .orderBy('term_start')
    .orderBy('id')
    .execute();
  return {
    schoolYear: calendarYear,
    startsOn,
    lastGrade,
    moves: children.flatMap((c) => (c.grade !== null && !graduating(c) ? [{ ...ref(c), nextGrade: c.grade + 1 }] : [])),
    graduates: children.filter(graduating).map(ref),
    unknownGrade: children.filter((c) => c.grade === null).map(ref),
    reassign: children.flatMap((c) =>
      c.surrogate_staff_id !== null && c.surrogate_archived_at !== null ? [{ ...ref(c), surrogateId: c.surrogate_staff_id, surrogateName: c.surrogate_name ?? '' }] : [],
    ),
    candidates,
    groups: groups.map((g) => ({ id: g.id, title: g.title, termStart: g.term_start, termEnd: g.term_end, gradeFrom: g.grade_from, gradeTo: g.grade_to })),
  };
}
