// The calls tests' room: a teacher signed in on a clock the test moves, and children with a father and a mother.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export interface Room {
  t: TestApp;
  teacher: Session;
  teacherId: number;
  /** Moves the clock and keeps the staff sessions awake (the idle lock would sign them out). */
  at(iso: string): void;
  advance(minutes: number): void;
  child(name: string, overrides?: Partial<Input<'children.create'>>): Promise<{ id: number; father: number; mother: number }>;
}

export async function room(start?: string): Promise<Room> {
  // Set up at `start`: a clock moved back under a signed-in admin is idle time passed (services/clock/idle.ts).
  const t = await createTestApp({ clock: testClock(start) });
  const teacher = await t.signIn('teacher', '王老师');
  const wake = () => t.at(t.clock.now().toISOString());
  wake();
  return {
    t,
    teacher,
    teacherId: teacher.staffId ?? 0,
    at: (iso) => (t.clock.set(iso), wake()),
    advance: (m) => (t.clock.advanceMinutes(m), wake()),
    async child(name, overrides = {}) {
      const c = await t.ok(t.admin, 'children.create', childInput({ name, ...overrides }));
      return { id: c.id, father: c.parents[0]?.id ?? 0, mother: c.parents[1]?.id ?? 0 };
    },
  };
}

export async function talked(r: Room, child: { id: number; father: number }, minutesAgo: number, outcome: 'talked' | 'no_answer' = 'talked') {
  return r.t.ok(r.teacher, 'calls.log', { childId: child.id, parentId: child.father, outcome, durationMinutes: 3, endedMinutesAgo: minutesAgo });
}

export async function auditText(t: TestApp): Promise<string> {
  return JSON.stringify(await t.app.db.selectFrom('audit_log').select(['action', 'details']).execute());
}
