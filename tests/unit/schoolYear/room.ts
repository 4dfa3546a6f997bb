// The school-year tests' room: a roll typed in before 1 September 2026, two teachers (one leaves),
// last year's interest group and this year's.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export const AUG_20 = '2026-08-20T10:00:00+08:00';

export function group(title: string, termStart: string, termEnd: string, grades: Partial<Input<'activities.create'>> = {}): Input<'activities.create'> {
  return {
    kind: 'group',
    title,
    capacity: 10,
    signupOpensAt: `${termStart}T08:00:00+08:00`,
    signupClosesAt: `${termEnd}T18:00:00+08:00`,
    weekday: 3,
    termStart,
    termEnd,
    startTime: '15:00',
    endTime: '16:00',
    ...grades,
  };
}

/** A child's file as typed in during the summer holidays (the fixture's dates are in September). */
export function summerChild(overrides: Partial<Input<'children.create'>>): Input<'children.create'> {
  const base = childInput(overrides);
  return { ...base, parents: base.parents?.map((p) => ({ ...p, verifiedOn: null })), consent: { signedBy: '张德山', signedOn: '2026-08-01', scope: '建档' } };
}

export interface YearRoom {
  t: TestApp;
  leaver: Session;
  leaverId: number;
  keeperId: number;
  /** Grade 3 class 1: moves up each year. */
  ana: number;
  anaFather: number;
  /** Grade 5 class 1: kept back in 2026. */
  bo: number;
  /** Grade 6 class 2: graduates. */
  cai: number;
  caiFather: number;
  /** No grade on file. */
  dan: number;
  /** Grade 2, whose surrogate parent leaves. */
  eve: number;
  /** Spring 2026: last year's group. */
  lastYearGroup: number;
  /** Autumn 2026, grades 4–5. */
  thisYearGroup: number;
}

export async function yearRoom(): Promise<YearRoom> {
  const t = await createTestApp();
  t.at(AUG_20);
  const leaver = await t.signIn('teacher', '刘老师');
  const leaverId = leaver.staffId ?? 0;
  await t.signIn('teacher', '周老师');
  const keeperId = (await t.ok(t.admin, 'staff.list', {})).find((s) => s.name === '周老师')?.id ?? 0;
  const child = (name: string, grade: number | null, classNo: number | null, surrogateStaffId: number | null = null) =>
    t.ok(t.admin, 'children.create', summerChild({ name, grade, classNo, surrogateStaffId }));
  const ana = await child('安安', 3, 1, keeperId);
  const bo = await child('博博', 5, 1);
  const cai = await child('彩彩', 6, 2);
  const dan = await child('丹丹', null, null);
  const eve = await child('依依', 2, 1, leaverId);
  const lastYearGroup = (await t.ok(t.admin, 'activities.create', group('春季书法', '2026-03-01', '2026-07-10'))).id;
  const thisYearGroup = (await t.ok(t.admin, 'activities.create', group('秋季合唱', '2026-09-01', '2027-01-15', { gradeFrom: 4, gradeTo: 5 }))).id;
  await t.ok(t.admin, 'staff.archive', { id: leaverId });
  return {
    t,
    leaver,
    leaverId,
    keeperId,
    ana: ana.id,
    anaFather: ana.parents[0]?.id ?? 0,
    bo: bo.id,
    cai: cai.id,
    caiFather: cai.parents[0]?.id ?? 0,
    dan: dan.id,
    eve: eve.id,
    lastYearGroup,
    thisYearGroup,
  };
}

/** Every row of the tables the step writes, as SQLite holds them: for comparing byte for byte. */
export function snapshot(t: TestApp): Record<string, unknown[]> {
  const db = t.app.sqlite;
  return Object.fromEntries(['child', 'activity', 'visit', 'call_booking', 'activity_signup'].map((table) => [table, db.prepare(`select * from ${table} order by id`).all()]));
}
