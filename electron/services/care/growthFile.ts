// A child's growth file (成长档案): her header, totals and one timeline, newest first, of care
// records, visits to the room, calls home, books borrowed and activities.
import type { ParsedInput } from '../../../shared/contract';
import type { GrowthFile, ParentRelation, TimelineEntry } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';
import { byText, newestFirst, recordRows, toRecords } from './recordRows';
import { readerOf } from './visibility';

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'actor'>;

async function careEntries(deps: Deps, childId: number): Promise<TimelineEntry[]> {
  const rows = await recordRows(deps.db).where('r.child_id', '=', childId).where('r.voided_at', 'is', null).execute();
  const records = (await toRecords(deps.db, await readerOf(deps), rows)).sort(newestFirst);
  return records.map((record) => ({ kind: 'care', at: record.date, title: record.kind, detail: record.text, staffName: record.staffName, record, call: null }));
}

async function visitEntries({ db }: Deps, childId: number): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('visit as v')
    .leftJoin('staff as s', 's.id', 'v.check_in_staff_id')
    .select(['v.checked_in_at', 'v.checked_out_at', 'v.leave_mode', 's.name as staff_name'])
    .where('v.child_id', '=', childId)
    .where('v.voided_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    kind: 'checkin',
    at: r.checked_in_at,
    title: r.checked_out_at ?? '',
    detail: r.leave_mode,
    staffName: r.staff_name,
    record: null,
    call: null,
  }));
}

async function callEntries({ db }: Deps, childId: number): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('call as k')
    .innerJoin('child_parent as p', 'p.id', 'k.parent_id')
    .leftJoin('staff as s', 's.id', 'k.staff_id')
    .select(['k.started_at', 'k.outcome', 'k.note', 'k.channel', 'k.duration_seconds', 'p.relation', 's.name as staff_name'])
    .where('k.child_id', '=', childId)
    .where('k.voided_at', 'is', null)
    .where('k.outcome', 'is not', null)
    .execute();
  return rows.map((r) => ({
    kind: 'call',
    at: r.started_at,
    title: r.outcome ?? '',
    detail: r.note,
    staffName: r.staff_name,
    record: null,
    // Written only through the contract's enum.
    call: { relation: r.relation as ParentRelation, durationSeconds: r.duration_seconds, channel: r.channel },
  }));
}

async function loanEntries({ db }: Deps, childId: number): Promise<{ entries: TimelineEntry[]; books: number }> {
  const rows = await db
    .selectFrom('loan as l')
    .innerJoin('book_copy as bc', 'bc.id', 'l.copy_id')
    .innerJoin('book as b', 'b.id', 'bc.book_id')
    .leftJoin('staff as s', 's.id', 'l.lent_by_staff_id')
    .select(['l.lent_at', 'l.returned_at', 'b.id as book_id', 'b.title', 's.name as staff_name'])
    .where('l.child_id', '=', childId)
    .execute();
  return {
    entries: rows.map((r) => ({ kind: 'loan', at: r.lent_at, title: r.title, detail: r.returned_at, staffName: r.staff_name, record: null, call: null })),
    books: new Set(rows.map((r) => r.book_id)).size,
  };
}

async function activityEntries({ db }: Deps, childId: number): Promise<{ entries: TimelineEntry[]; activities: number }> {
  const signups = await db
    .selectFrom('activity_signup as g')
    .innerJoin('activity as a', 'a.id', 'g.activity_id')
    .leftJoin('staff as s', 's.id', 'g.staff_id')
    .select(['g.activity_id', 'g.signed_up_at', 'a.title', 's.name as staff_name'])
    .where('g.child_id', '=', childId)
    .where('g.status', '=', 'enrolled')
    .execute();
  const marks = await db
    .selectFrom('activity_attendance as m')
    .innerJoin('activity as a', 'a.id', 'm.activity_id')
    .leftJoin('staff as s', 's.id', 'm.marked_by_staff_id')
    .select(['m.activity_id', 'm.date', 'm.present', 'a.title', 's.name as staff_name'])
    .where('m.child_id', '=', childId)
    .execute();
  const entries: TimelineEntry[] = [
    ...signups.map((r) => ({ kind: 'activity' as const, at: r.signed_up_at, title: r.title, detail: 'enrolled', staffName: r.staff_name, record: null, call: null })),
    ...marks.map((r) => ({
      kind: 'activity' as const,
      at: r.date,
      title: r.title,
      detail: r.present ? 'present' : 'absent',
      staffName: r.staff_name,
      record: null,
      call: null,
    })),
  ];
  const joined = new Set([...signups.map((r) => r.activity_id), ...marks.filter((r) => r.present).map((r) => r.activity_id)]);
  return { entries, activities: joined.size };
}

/** Reading it leaves a line in the access log (PIPL), written only once the read succeeded. */
export async function growthFile(deps: ServiceDeps, { childId }: ParsedInput<'care.growthFile'>): Promise<GrowthFile> {
  const child = await deps.db
    .selectFrom('child as c')
    .leftJoin('staff as s', 's.id', 'c.surrogate_staff_id')
    .selectAll('c')
    .select('s.name as surrogate_name')
    .where('c.id', '=', childId)
    .executeTakeFirst();
  if (!child) throw new AppError('not_found', { entity: 'child' });
  const care = await careEntries(deps, childId);
  const visits = await visitEntries(deps, childId);
  const calls = await callEntries(deps, childId);
  const loans = await loanEntries(deps, childId);
  const activities = await activityEntries(deps, childId);
  // Stamps and bare dates sort together as text: a day's bare date sorts after that day's stamps.
  const entries = [...care, ...visits, ...calls, ...loans.entries, ...activities.entries].sort((a, b) => byText(b.at, a.at));
  await recordAccess(deps, childId, 'growth_file');
  return {
    childId: child.id,
    childName: child.name,
    gender: child.gender,
    birthDate: child.birth_date,
    grade: child.grade,
    classNo: child.class_no,
    situation: child.situation,
    guardianName: child.guardian_name,
    guardianRelation: child.guardian_relation,
    surrogateName: child.surrogate_name,
    totals: { visits: visits.length, calls: calls.length, booksRead: loans.books, activities: activities.activities, records: care.length },
    entries,
  };
}
