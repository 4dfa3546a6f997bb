// A set-up room for the care tests: an admin, two teachers (王老师 is the surrogate parent of the
// children made with `child`), a counsellor, and helpers to write records and log calls.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { CareRecord, DueChild, DueGroup } from '../../../shared/domain';
import type { ApiError, Result } from '../../../shared/errors';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { toLocalDate } from '../../../shared/time';

export function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

export interface CareRoom {
  t: TestApp;
  /** 王老师: the surrogate parent of children made with `child` unless told otherwise. */
  teacher: Session;
  teacherId: number;
  /** 李老师: another teacher, surrogate parent of no one unless told. */
  other: Session;
  otherId: number;
  /** 周老师: a teacher marked counsellor. */
  counsellor: Session;
  at(iso: string): void;
  child(name: string, overrides?: Partial<Input<'children.create'>>): Promise<{ id: number; father: number; mother: number }>;
  /** A record written by `by` (王老师 unless given), dated today unless given. */
  write(input: Input<'care.create'>, by?: Session): Promise<CareRecord>;
  /** A call to the father logged now with this outcome. */
  call(child: { id: number; father: number }, outcome: 'talked' | 'no_answer' | 'busy' | 'wrong_number', by?: Session): Promise<void>;
}

export async function careRoom(start = '2026-11-23T10:00:00+08:00'): Promise<CareRoom> {
  const t = await createTestApp();
  t.at(start);
  const teacher = await t.signIn('teacher', '王老师');
  const other = await t.signIn('teacher', '李老师');
  const counsellor = await t.signIn('teacher', '周老师');
  await t.ok(t.admin, 'staff.update', { id: counsellor.staffId ?? 0, name: '周老师', role: 'teacher', counsellor: true });
  const teacherId = teacher.staffId ?? 0;
  return {
    t,
    teacher,
    teacherId,
    other,
    otherId: other.staffId ?? 0,
    counsellor,
    at: (iso) => t.at(iso),
    async child(name, overrides = {}) {
      // Papers dated long before any test's clock, so a child can join the roll in June 2026 too.
      const base = childInput();
      const parents = (base.parents ?? []).map((p) => ({ ...p, verifiedOn: null }));
      const consent = { signedBy: '张德山', signedOn: '2025-09-01', scope: null };
      const c = await t.ok(t.admin, 'children.create', { ...base, name, surrogateStaffId: teacherId, parents, consent, ...overrides });
      return { id: c.id, father: c.parents[0]?.id ?? 0, mother: c.parents[1]?.id ?? 0 };
    },
    write: (input, by = teacher) => t.ok(by, 'care.create', input),
    async call(child, outcome, by = teacher) {
      await t.ok(by, 'calls.log', { childId: child.id, parentId: child.father, outcome, durationMinutes: 1, endedMinutesAgo: 0 });
    },
  };
}

export const talk = (childId: number, date: string, text = '聊了学校的事，心情不错'): Extract<Input<'care.create'>, { kind: 'talk' }> => ({
  kind: 'talk',
  childId,
  date,
  text,
});

const isLate = (c: DueChild, today: string) => c.duties.some((d) => d.status === 'overdue') || c.followUps.some((f) => f.dueOn < today);

/**
 * The whole room's due list as a person opens it: the group counts, then each group's children. Fails
 * unless every group's counts are those of the children its list shows.
 */
export async function roomDueList(t: TestApp, who: Session): Promise<DueGroup[]> {
  const today = toLocalDate(t.clock.now(), 'Asia/Shanghai');
  const groups: DueGroup[] = [];
  for (const summary of await t.ok(who, 'care.dueGroups', {})) {
    const lists = await t.ok(who, 'care.dueList', { scope: 'staff', staffId: summary.staffId });
    const children = lists.flatMap((g) => g.children);
    const counted = { due: children.length, late: children.filter((c) => isLate(c, today)).length };
    if (counted.due !== summary.due || counted.late !== summary.late) {
      throw new Error(`group ${summary.staffName ?? 'none'} counts ${JSON.stringify(summary)}, its list ${JSON.stringify(counted)}`);
    }
    groups.push({ staffId: summary.staffId, staffName: summary.staffName, children });
  }
  return groups;
}
