// A set-up room for the incident tests: an admin, two teachers and three children on the roll.
import type { Session } from '../../../electron/session';
import type { Input } from '../../../shared/contract';
import type { Incident } from '../../../shared/domain';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';

export interface IncidentRoom {
  t: TestApp;
  /** 王老师, on duty. */
  teacher: Session;
  /** 李老师, another teacher. */
  other: Session;
  fang: number;
  chun: number;
  ming: number;
  /** A fall recorded by 王老师 (unless `by`), with what the test overrides. */
  record(overrides?: Partial<Input<'incidents.create'>>, by?: Session): Promise<Incident>;
}

/** Monday 23 November 2026, 17:00 in the room. */
export async function incidentRoom(): Promise<IncidentRoom> {
  const t = await createTestApp();
  t.at('2026-11-23T17:00:00+08:00');
  const teacher = await t.signIn('teacher', '王老师');
  const other = await t.signIn('teacher', '李老师');
  const make = async (name: string) => (await t.ok(t.admin, 'children.create', childInput({ name }))).id;
  const fang = await make('王芳芳');
  const chun = await make('李春花');
  const ming = await make('张小明');
  return {
    t,
    teacher,
    other,
    fang,
    chun,
    ming,
    record: (overrides = {}, by = teacher) =>
      t.ok(by, 'incidents.create', {
        kind: 'injury',
        occurredAt: '2026-11-23T16:20:00+08:00',
        childIds: [fang],
        place: '操场',
        whatHappened: '跑步时摔倒，膝盖擦伤',
        whatWasDone: '清洗伤口，贴创可贴',
        followUp: '明天看看伤口有没有红肿',
        ...overrides,
      }),
  };
}
