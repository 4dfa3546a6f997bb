// The lecture tests' room: a teacher and two children, and a clock that starts at the autumn semester.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import { childInput } from '../fixtures';
import { createTestApp, testClock, type TestApp } from '../helpers';

export interface LecturesRoom {
  t: TestApp;
  teacher: Session;
  a: number;
  b: number;
  /** A child checks in at the kiosk at 16:00 that day (the room is open that month). */
  visit(date: string, childId?: number): Promise<void>;
  /** Recorded at 17:00 the day it was held. */
  lecture(date: string, overrides?: Partial<Input<'lectures.create'>>): Promise<number>;
  /** The gaps' months, with a '*' after the running month's. */
  gaps(at: string): Promise<string[]>;
}

export async function lecturesRoom(): Promise<LecturesRoom> {
  const t = await createTestApp({ clock: testClock('2026-09-01T08:00:00+08:00') });
  const teacher = await t.signIn('teacher', '王老师');
  const a = (await t.ok(t.admin, 'children.create', childInput({ name: '李小红', grade: 3, classNo: 1 }))).id;
  const b = (await t.ok(t.admin, 'children.create', childInput({ name: '张小明', grade: 4, classNo: 2 }))).id;
  const visit = async (date: string, childId = a) => {
    t.at(`${date}T16:00:00+08:00`);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
  };
  const lecture = async (date: string, overrides: Partial<Input<'lectures.create'>> = {}) => {
    t.at(`${date}T17:00:00+08:00`);
    const made = await t.ok(teacher, 'lectures.create', { topic: 'safety', title: '防溺水', date, speaker: '镇派出所', ...overrides });
    return made.id;
  };
  const gaps = async (at: string) => {
    t.at(at);
    const found = await t.ok(teacher, 'lectures.gaps', {});
    return found.months.map((m) => (m.current ? `${m.month}*` : m.month));
  };
  return { t, teacher, a, b, visit, lecture, gaps };
}
