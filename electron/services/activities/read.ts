// Reading activities and sign-ups into the shapes the contract answers with.
import type { Activity, ActivitySignup, KioskActivity } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { Kysely } from 'kysely';
import { compiledQuery, type Slots } from '../../db/compiled';
import type { ActivityRow, ActivitySignupRow, Database } from '../../db/schema';
import type { ServiceDeps } from '../deps';

export const LIVE = ['enrolled', 'waiting'] as const;

export interface Counts {
  enrolled: number;
  waiting: number;
}

interface SignupJoin extends ActivitySignupRow {
  child_name: string;
  grade: number | null;
  class_no: number | null;
}

function liveCounts(db: Kysely<Database>) {
  return db
    .selectFrom('activity_signup')
    .select(['activity_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', LIVE)
    .groupBy(['activity_id', 'status']);
}

// A kiosk sign-up's reads, compiled once (db/compiled.ts).
const countsOfOneQuery = compiledQuery((db, slot: Slots<{ activityId: number }>) => liveCounts(db).where('activity_id', '=', slot('activityId')));
const activityQuery = compiledQuery((db, slot: Slots<{ id: number }>) => db.selectFrom('activity').selectAll().where('id', '=', slot('id')));
const currentActivityQuery = compiledQuery((db, slot: Slots<{ id: number }>) => db.selectFrom('activity').selectAll().where('id', '=', slot('id')).where('archived_at', 'is', null));
const liveSignupQuery = compiledQuery((db, slot: Slots<{ activityId: number; childId: number }>) =>
  db.selectFrom('activity_signup').select(['id', 'activity_id', 'status']).where('activity_id', '=', slot('activityId')).where('child_id', '=', slot('childId')).where('status', 'in', LIVE),
);

export function createActivityReader({ db }: Pick<ServiceDeps, 'db'>) {
  /** One activity's counts (a sign-up's) through its compiled query; several, or all, built anew. */
  async function liveCountRows(activityIds?: number[]) {
    if (activityIds?.length === 1) return (await countsOfOneQuery(db, { activityId: activityIds[0] ?? 0 })).rows;
    const all = liveCounts(db);
    return (activityIds ? all.where('activity_id', 'in', activityIds.length ? activityIds : [0]) : all).execute();
  }

  /** Enrolled and waiting counts per activity, in one grouped query. */
  async function counts(activityIds?: number[]): Promise<Map<number, Counts>> {
    const rows = await liveCountRows(activityIds);
    const map = new Map<number, Counts>();
    for (const r of rows) {
      const c = map.get(r.activity_id) ?? { enrolled: 0, waiting: 0 };
      c[r.status as keyof Counts] = Number(r.n);
      map.set(r.activity_id, c);
    }
    return map;
  }

  function rows() {
    return db.selectFrom('activity').leftJoin('staff', 'staff.id', 'activity.teacher_staff_id').selectAll('activity').select('staff.name as teacher_name');
  }

  function toActivity(r: ActivityRow & { teacher_name: string | null }, c: Counts | undefined): Activity {
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      place: r.place,
      capacity: r.capacity,
      gradeFrom: r.grade_from,
      gradeTo: r.grade_to,
      teacherId: r.teacher_staff_id,
      teacherName: r.teacher_name,
      signupOpensAt: r.signup_opens_at,
      signupClosesAt: r.signup_closes_at,
      date: r.date,
      weekday: r.weekday,
      startTime: r.start_time,
      endTime: r.end_time,
      termStart: r.term_start,
      termEnd: r.term_end,
      enrolled: c?.enrolled ?? 0,
      waiting: c?.waiting ?? 0,
      archived: r.archived_at !== null,
    };
  }

  /** includeArchived false: an archived activity counts as missing (what sign-ups need). */
  async function row(id: number, includeArchived = true): Promise<ActivityRow> {
    const [r] = (await (includeArchived ? activityQuery : currentActivityQuery)(db, { id })).rows;
    if (!r) throw new AppError('not_found', { entity: 'activity' });
    return r;
  }

  async function activity(id: number): Promise<Activity> {
    const r = await rows().where('activity.id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('not_found', { entity: 'activity' });
    return toActivity(r, (await counts([id])).get(id));
  }

  async function list(includeArchived: boolean): Promise<Activity[]> {
    let q = rows();
    if (!includeArchived) q = q.where('activity.archived_at', 'is', null);
    const all = await q.execute();
    const c = await counts();
    return all.map((r) => toActivity(r, c.get(r.id)));
  }

  /** 1-based place on the waiting list: waiting sign-ups are served in the order they were made (by id). */
  async function position(s: Pick<ActivitySignupRow, 'id' | 'activity_id' | 'status'>): Promise<number | null> {
    if (s.status !== 'waiting') return null;
    const r = await db
      .selectFrom('activity_signup')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('activity_id', '=', s.activity_id)
      .where('status', '=', 'waiting')
      .where('id', '<=', s.id)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  function toSignup(r: SignupJoin, pos: number | null): ActivitySignup {
    return {
      id: r.id,
      activityId: r.activity_id,
      childId: r.child_id,
      childName: r.child_name,
      grade: r.grade,
      classNo: r.class_no,
      status: r.status,
      via: r.via,
      signedUpAt: r.signed_up_at,
      promotedAt: r.promoted_at,
      position: pos,
    };
  }

  function signupRows() {
    return db.selectFrom('activity_signup as s').innerJoin('child as c', 'c.id', 's.child_id').selectAll('s').select(['c.name as child_name', 'c.grade', 'c.class_no']);
  }

  async function signup(id: number): Promise<ActivitySignup> {
    const r = await signupRows().where('s.id', '=', id).executeTakeFirst();
    if (!r) throw new AppError('not_found', { entity: 'signup' });
    return toSignup(r, await position(r));
  }

  /** Live first (enrolled by sign-up time, then the waiting list in order), then the closed ones. */
  async function signups(activityId: number): Promise<ActivitySignup[]> {
    const all = await signupRows().where('s.activity_id', '=', activityId).orderBy('s.id').execute();
    const enrolled = all.filter((s) => s.status === 'enrolled').sort((a, b) => a.signed_up_at.localeCompare(b.signed_up_at) || a.id - b.id);
    const waiting = all.filter((s) => s.status === 'waiting');
    const closed = all.filter((s) => s.status !== 'enrolled' && s.status !== 'waiting');
    return [...enrolled.map((s) => toSignup(s, null)), ...waiting.map((s, i) => toSignup(s, i + 1)), ...closed.map((s) => toSignup(s, null))];
  }

  /** What the kiosk shows: no names, only free places and her own place. */
  function toKiosk(r: ActivityRow, c: Counts | undefined, mine: KioskActivity['mine']): KioskActivity {
    return {
      id: r.id,
      kind: r.kind,
      title: r.title,
      description: r.description,
      place: r.place,
      date: r.date,
      weekday: r.weekday,
      startTime: r.start_time,
      endTime: r.end_time,
      spotsLeft: Math.max(0, r.capacity - (c?.enrolled ?? 0)),
      signupClosesAt: r.signup_closes_at,
      mine,
    };
  }

  /** One activity as this child sees it now. */
  async function kioskView(activityId: number, childId: number): Promise<KioskActivity> {
    const r = await row(activityId);
    const [live] = (await liveSignupQuery(db, { activityId, childId })).rows;
    const mine = live ? { status: live.status as 'enrolled' | 'waiting', position: await position(live) } : null;
    return toKiosk(r, (await counts([activityId])).get(activityId), mine);
  }

  return { counts, row, activity, list, position, signup, signups, toKiosk, kioskView };
}
