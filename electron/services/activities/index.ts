// Activities and interest groups: the admin's catalogue, attendance, and who is in no group yet.
// Sign-ups and the waiting list live in ./signups, the shapes the contract answers with in ./read.
import type { z } from 'zod';
import type { ParsedInput } from '../../../shared/contract';
import type { Activity, ActivityDetail, AttendanceSheet, ChildSummary, Page } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import type { activityInput } from '../../../shared/methods/activities';
import type { ActivityTable } from '../../db/schema';
import { createChildListReader, type PageRequest } from '../children/childList';
import type { ServiceDeps } from '../deps';
import { createActivityReader, LIVE } from './read';
import { compareSchedules, runsOn } from './rules';
import { createSignupsService } from './signups';

export type ActivityValues = z.output<typeof activityInput>;

export function createActivitiesService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;
  const read = createActivityReader(deps);
  const signups = createSignupsService(deps);

  async function checkTeacher(teacherId: number | null): Promise<void> {
    if (teacherId === null) return;
    const staff = await db.selectFrom('staff').select('id').where('id', '=', teacherId).where('archived_at', 'is', null).executeTakeFirst();
    if (!staff) throw invalid(['teacherId'], 'not_found');
  }

  /** Fields of the other kind are dropped, so a weekend day never carries a stray weekday or term. */
  function columns(v: ActivityValues): Omit<ActivityTable, 'id' | 'created_at' | 'updated_at' | 'archived_at'> {
    const weekend = v.kind === 'weekend';
    return {
      kind: v.kind,
      title: v.title,
      description: v.description,
      place: v.place,
      capacity: v.capacity,
      grade_from: v.gradeFrom,
      grade_to: v.gradeTo,
      teacher_staff_id: v.teacherId,
      signup_opens_at: v.signupOpensAt,
      signup_closes_at: v.signupClosesAt,
      date: weekend ? (v.date ?? null) : null,
      weekday: weekend ? null : v.weekday,
      start_time: v.startTime,
      end_time: v.endTime,
      term_start: weekend ? null : (v.termStart ?? null),
      term_end: weekend ? null : (v.termEnd ?? null),
    };
  }

  async function list({ includeArchived }: ParsedInput<'activities.list'>): Promise<Activity[]> {
    return (await read.list(includeArchived)).sort((a, b) =>
      compareSchedules(
        {
          id: a.id,
          kind: a.kind,
          date: a.date,
          weekday: a.weekday,
          start_time: a.startTime,
          end_time: a.endTime,
          term_start: a.termStart,
          term_end: a.termEnd,
        },
        {
          id: b.id,
          kind: b.kind,
          date: b.date,
          weekday: b.weekday,
          start_time: b.startTime,
          end_time: b.endTime,
          term_start: b.termStart,
          term_end: b.termEnd,
        },
      ),
    );
  }

  async function get(id: number): Promise<ActivityDetail> {
    return { activity: await read.activity(id), signups: await read.signups(id) };
  }

  async function create(values: ActivityValues): Promise<Activity> {
    await checkTeacher(values.teacherId);
    const at = clock.stamp();
    const row = await db
      .insertInto('activity')
      .values({ ...columns(values), archived_at: null, created_at: at, updated_at: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('activities.create', 'activity', row.id, { kind: values.kind, title: values.title, capacity: values.capacity });
    return read.activity(row.id);
  }

  /** Capacity may not drop below who is already in; a raised capacity moves the waiting list up. */
  async function update({ id, activity: values }: ParsedInput<'activities.update'>): Promise<Activity> {
    const before = await read.activity(id);
    await checkTeacher(values.teacherId);
    if (values.capacity < before.enrolled) throw invalid(['capacity'], 'range');
    await db
      .updateTable('activity')
      .set({ ...columns(values), updated_at: clock.stamp() })
      .where('id', '=', id)
      .execute();
    await audit.record('activities.update', 'activity', id, { title: values.title, capacity: values.capacity });
    for (let free = values.capacity - before.enrolled; free > 0 && before.waiting > 0; free--) {
      if ((await signups.promote(id)) === null) break;
    }
    return read.activity(id);
  }

  /** Sign-ups stay as they are: the history of who joined is kept; the kiosk no longer shows it. */
  async function archive(id: number): Promise<Activity> {
    const row = await read.row(id);
    if (row.archived_at !== null) throw new AppError('conflict', { entity: 'already_archived' });
    const at = clock.stamp();
    await db.updateTable('activity').set({ archived_at: at, updated_at: at }).where('id', '=', id).execute();
    await audit.record('activities.archive', 'activity', id);
    return read.activity(id);
  }

  async function attendance({ activityId, date }: ParsedInput<'activities.attendance'>): Promise<AttendanceSheet> {
    await read.row(activityId);
    const rows = await db
      .selectFrom('activity_signup as s')
      .innerJoin('child as c', 'c.id', 's.child_id')
      .leftJoin('activity_attendance as a', (j) => j.onRef('a.activity_id', '=', 's.activity_id').onRef('a.child_id', '=', 's.child_id').on('a.date', '=', date))
      .select(['s.child_id', 'c.name', 'c.grade', 'c.class_no', 'a.present'])
      .where('s.activity_id', '=', activityId)
      .where('s.status', '=', 'enrolled')
      .orderBy('c.grade', (o) => o.asc().nullsLast())
      .orderBy('c.class_no', (o) => o.asc().nullsLast())
      .orderBy('c.name_pinyin')
      .orderBy('s.child_id')
      .execute();
    const sheet = rows.map((r) => ({
      childId: r.child_id,
      childName: r.name,
      grade: r.grade,
      classNo: r.class_no,
      present: r.present === null ? null : r.present === 1,
    }));
    return { activityId, date, rows: sheet, enrolled: sheet.length, attended: sheet.filter((r) => r.present === true).length };
  }

  async function markAttendance({ activityId, date, childId, present }: ParsedInput<'activities.markAttendance'>): Promise<AttendanceSheet> {
    const activity = await read.row(activityId);
    // Its own words: a date field error showed "check the red fields" with nothing red on the sheet.
    if (!runsOn(activity, date)) throw new AppError('conflict', { entity: 'not_a_session_day' });
    const enrolled = await db.selectFrom('activity_signup').select('id').where('activity_id', '=', activityId).where('child_id', '=', childId).where('status', '=', 'enrolled').executeTakeFirst();
    if (!enrolled) throw invalid(['childId'], 'not_found');
    const at = clock.stamp();
    const value = present ? 1 : 0;
    const row = await db
      .insertInto('activity_attendance')
      .values({ activity_id: activityId, child_id: childId, date, present: value, marked_by_staff_id: actor.staffId, created_at: at, updated_at: at })
      .onConflict((oc) => oc.columns(['activity_id', 'child_id', 'date']).doUpdateSet({ present: value, marked_by_staff_id: actor.staffId, updated_at: at }))
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('activities.markAttendance', 'activity_attendance', row.id, { activityId, childId, date, present });
    return attendance({ activityId, date });
  }

  /**
   * The rule is that every left-behind child joins a group: a live place (enrolled or waiting) in a
   * group that is not archived and whose term covers today counts as joining.
   */
  async function notInGroup(page: PageRequest): Promise<Page<ChildSummary>> {
    const today = clock.today();
    // `not in` over the few groups running now: SQLite reads their sign-ups once, where a correlated
    // `not exists` probed every child's sign-ups (25 ms for 10,000 children).
    const joined = db
      .selectFrom('activity as a')
      .innerJoin('activity_signup as s', 's.activity_id', 'a.id')
      .select('s.child_id')
      .where('s.status', 'in', LIVE)
      .where('a.kind', '=', 'group')
      .where('a.archived_at', 'is', null)
      .where('a.term_start', '<=', today)
      .where('a.term_end', '>=', today);
    return createChildListReader(deps).page((eb) => eb.and([eb('child.archived_at', 'is', null), eb('child.id', 'not in', joined)]), page);
  }

  return { list, get, create, update, archive, attendance, markAttendance, notInGroup, ...signups };
}
