// The activities tests' room and the activities they create.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { KioskActivity } from '../../../shared/domain';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
export const conflict = (entity: string) => ({ code: 'conflict', details: { entity } });
export const fieldError = (field: string, code: string) => ({ code: 'invalid_input', details: { issues: [{ path: [field], code }] } });

export type ActivityInput = Input<'activities.create'>;

/** Saturday 28 November 2026, 09:00–11:00; sign-up open 20–27 November. The test clock starts Monday 23rd. */
export function weekend(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'weekend',
    title: '周末手工',
    capacity: 2,
    signupOpensAt: '2026-11-20T08:00:00+08:00',
    signupClosesAt: '2026-11-27T18:00:00+08:00',
    date: '2026-11-28',
    startTime: '09:00',
    endTime: '11:00',
    ...overrides,
  };
}

/** Every Wednesday 15:00–16:00 this autumn term. */
export function group(overrides: Partial<ActivityInput> = {}): ActivityInput {
  return {
    kind: 'group',
    title: '书法小组',
    capacity: 10,
    signupOpensAt: '2026-09-01T08:00:00+08:00',
    signupClosesAt: '2026-12-31T18:00:00+08:00',
    weekday: 3,
    termStart: '2026-09-01',
    termEnd: '2027-01-15',
    startTime: '15:00',
    endTime: '16:00',
    ...overrides,
  };
}

export interface Room {
  t: TestApp;
  teacher: Session;
  at(iso: string): void;
  child(name: string, grade?: number): Promise<number>;
  activity(input: ActivityInput): Promise<number>;
  signUp(childId: number, activityId: number): Promise<Result<KioskActivity>>;
  statuses(activityId: number): Promise<[number, string, number | null][]>;
}

export async function room(): Promise<Room> {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  const wake = () => t.at(t.clock.now().toISOString());
  return {
    t,
    teacher,
    at: (iso) => (t.clock.set(iso), wake()),
    child: async (name, grade = 4) => (await t.ok(t.admin, 'children.create', childInput({ name, grade }))).id,
    activity: async (input) => (await t.ok(t.admin, 'activities.create', input)).id,
    signUp: (childId, activityId) => t.call(t.kiosk, 'kiosk.signUp', { childId, activityId }),
    statuses: async (activityId) => (await t.ok(teacher, 'activities.get', { id: activityId })).signups.map((s) => [s.childId, s.status, s.position] as [number, string, number | null]),
  };
}
