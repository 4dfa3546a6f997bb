// Signing up, the waiting list and moving up from it. One rule set serves the kiosk and the teacher;
// the teacher skips only the sign-up window. Audit details carry ids, never names.
import type { ParsedInput } from '../../../shared/contract';
import type { KioskActivity } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { compiledQuery, type Slots } from '../../db/compiled';
import type { ActivitySignupRow } from '../../db/schema';
import type { ServiceDeps } from '../deps';
import { createActivityReader, LIVE } from './read';
import { compareSchedules, gradeAllowed, isOver, schedulesOverlap, windowOpen } from './rules';

// A kiosk sign-up's own queries, compiled once (db/compiled.ts).
const activeChildQuery = compiledQuery((db, slot: Slots<{ childId: number }>) => db.selectFrom('child').select(['id', 'grade']).where('id', '=', slot('childId')).where('archived_at', 'is', null));
/** Her places and waiting-list entries in current activities, with their times (for overlaps). */
const liveSignupsQuery = compiledQuery((db, slot: Slots<{ childId: number }>) =>
  db
    .selectFrom('activity_signup as s')
    .innerJoin('activity as a', 'a.id', 's.activity_id')
    .select(['s.id', 's.activity_id', 's.status', 'a.kind', 'a.date', 'a.weekday', 'a.start_time', 'a.end_time', 'a.term_start', 'a.term_end'])
    .where('s.child_id', '=', slot('childId'))
    .where('s.status', 'in', LIVE)
    .where('a.archived_at', 'is', null),
);
type SignupValues = {
  activityId: number;
  childId: number;
  status: 'enrolled' | 'waiting';
  via: 'kiosk' | 'staff';
  at: string;
  staffId: number | null;
};
const insertSignupQuery = compiledQuery((db, slot: Slots<SignupValues>) =>
  db
    .insertInto('activity_signup')
    .values({
      activity_id: slot('activityId'),
      child_id: slot('childId'),
      status: slot('status'),
      via: slot('via'),
      signed_up_at: slot('at'),
      promoted_at: null,
      closed_at: null,
      staff_id: slot('staffId'),
      created_at: slot('at'),
      updated_at: slot('at'),
    })
    .returningAll(),
);

export function createSignupsService(deps: ServiceDeps) {
  const { db, clock, audit, actor } = deps;
  const read = createActivityReader(deps);

  async function activeChild(childId: number): Promise<{ id: number; grade: number | null }> {
    const [child] = (await activeChildQuery(db, { childId })).rows;
    if (!child) throw new AppError('not_found', { entity: 'child' });
    return child;
  }

  async function liveSignupsOf(childId: number) {
    return (await liveSignupsQuery(db, { childId })).rows;
  }

  /** The checks in the order a child would want to hear them, then a place or the waiting list. */
  async function signUp(childId: number, activityId: number, via: 'kiosk' | 'staff'): Promise<ActivitySignupRow> {
    const child = await activeChild(childId);
    const activity = await read.row(activityId, false);
    if (via === 'kiosk' && !windowOpen(activity, clock.now())) throw new AppError('conflict', { entity: 'signup_closed' });
    // The kiosk speaks to the child, the staff screen to the teacher: the same refusals in their words.
    const toTeacher = via === 'staff' ? '_child' : '';
    if (!gradeAllowed(activity, child.grade)) throw new AppError('conflict', { entity: `grade_not_allowed${toTeacher}` });
    const live = await liveSignupsOf(childId);
    if (live.some((s) => s.activity_id === activityId)) throw new AppError('conflict', { entity: 'already_signed_up' });
    if (live.some((s) => schedulesOverlap(s, activity))) throw new AppError('conflict', { entity: `time_overlap${toTeacher}` });

    const enrolled = (await read.counts([activityId])).get(activityId)?.enrolled ?? 0;
    const status = enrolled < activity.capacity ? 'enrolled' : 'waiting';
    const at = clock.stamp();
    const [row] = (await insertSignupQuery(db, { activityId, childId, status, via, at, staffId: via === 'staff' ? actor.staffId : null })).rows;
    if (!row) throw new Error('the new sign-up has no row');
    await audit.record('activities.signUp', 'activity_signup', row.id, { activityId, childId, status, via });
    return row;
  }

  /**
   * Gives the freed place to the first on the waiting list. One guarded UPDATE picks and moves her,
   * reading this transaction's own state, so two places freed in one transaction move two children
   * up in order, and a place is never given while the activity is still full.
   */
  async function promote(activityId: number): Promise<number | null> {
    const at = clock.stamp();
    const row = await db
      .updateTable('activity_signup')
      .set({ status: 'enrolled', promoted_at: at, updated_at: at })
      .where('id', '=', (eb) =>
        eb
          .selectFrom('activity_signup')
          .select((e) => e.fn.min<number>('id').as('id'))
          .where('activity_id', '=', activityId)
          .where('status', '=', 'waiting'),
      )
      .where((eb) =>
        eb(
          eb
            .selectFrom('activity_signup')
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('activity_id', '=', activityId)
            .where('status', '=', 'enrolled'),
          '<',
          eb.selectFrom('activity').select('capacity').where('id', '=', activityId),
        ),
      )
      .returning(['id', 'child_id'])
      .executeTakeFirst();
    if (!row) return null;
    await audit.record('activities.promote', 'activity_signup', row.id, { activityId, childId: row.child_id });
    return row.id;
  }

  /** Closes a live sign-up; an enrolled place freed goes to the waiting list. */
  async function close(signup: ActivitySignupRow, status: 'cancelled' | 'removed'): Promise<number | null> {
    const at = clock.stamp();
    await db
      .updateTable('activity_signup')
      .set({ status, closed_at: at, updated_at: at, ...(status === 'removed' ? { staff_id: actor.staffId } : {}) })
      .where('id', '=', signup.id)
      .execute();
    await audit.record(status === 'removed' ? 'activities.remove' : 'activities.cancel', 'activity_signup', signup.id, {
      activityId: signup.activity_id,
      childId: signup.child_id,
      was: signup.status,
    });
    return signup.status === 'enrolled' ? promote(signup.activity_id) : null;
  }

  async function enrol({ childId, activityId }: ParsedInput<'activities.enrol'>) {
    return read.signup((await signUp(childId, activityId, 'staff')).id);
  }

  async function kioskSignUp({ childId, activityId }: ParsedInput<'kiosk.signUp'>): Promise<KioskActivity> {
    await signUp(childId, activityId, 'kiosk');
    return read.kioskView(activityId, childId);
  }

  async function kioskCancel({ childId, activityId }: ParsedInput<'kiosk.cancelSignUp'>): Promise<KioskActivity> {
    await activeChild(childId);
    await read.row(activityId);
    const live = await db.selectFrom('activity_signup').selectAll().where('activity_id', '=', activityId).where('child_id', '=', childId).where('status', 'in', LIVE).executeTakeFirst();
    if (!live) throw new AppError('conflict', { entity: 'not_signed_up' });
    await close(live, 'cancelled');
    return read.kioskView(activityId, childId);
  }

  async function remove({ signupId }: ParsedInput<'activities.remove'>) {
    const signup = await db.selectFrom('activity_signup').selectAll().where('id', '=', signupId).executeTakeFirst();
    if (!signup) throw new AppError('not_found', { entity: 'signup' });
    if (signup.status !== 'enrolled' && signup.status !== 'waiting') throw new AppError('conflict', { entity: 'not_signed_up' });
    const promoted = await close(signup, 'removed');
    return { removed: await read.signup(signupId), promoted: promoted === null ? null : await read.signup(promoted) };
  }

  /** Not over, and either still open to her (window, grade) or already holding her place. */
  async function kioskActivities(childId: number): Promise<KioskActivity[]> {
    const child = await activeChild(childId);
    const today = clock.today();
    const now = clock.now();
    const rows = (await db.selectFrom('activity').selectAll().where('archived_at', 'is', null).execute()).filter((a) => !isOver(a, today));
    const mine = new Map((await liveSignupsOf(childId)).map((s) => [s.activity_id, s]));
    const shown = rows.filter((a) => mine.has(a.id) || (windowOpen(a, now) && gradeAllowed(a, child.grade))).sort(compareSchedules);
    const counts = await read.counts(shown.map((a) => a.id));
    const out: KioskActivity[] = [];
    for (const a of shown) {
      const s = mine.get(a.id);
      out.push(read.toKiosk(a, counts.get(a.id), s ? { status: s.status as 'enrolled' | 'waiting', position: await read.position(s) } : null));
    }
    return out;
  }

  return { signUp, promote, close, enrol, kioskSignUp, kioskCancel, remove, kioskActivities, activeChild };
}
