// A fresh app on a real SQLite file in a temp folder, and sessions to call it with.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createApp, type App } from '../../electron/app';
import { kioskSession, type Session } from '../../electron/session';
import type { Input, MethodName, Output } from '../../shared/contract';
import type { Result } from '../../shared/errors';

export interface TestClock {
  now: () => Date;
  set(iso: string): void;
  advanceMinutes(minutes: number): void;
}

export function testClock(start = '2026-11-23T10:00:00+08:00'): TestClock {
  let current = new Date(start);
  return {
    now: () => current,
    set: (iso) => (current = new Date(iso)),
    advanceMinutes: (m) => (current = new Date(current.getTime() + m * 60_000)),
  };
}

const opened: { app: App; dir: string }[] = [];

afterEach(async () => {
  for (const { app, dir } of opened.splice(0)) {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-'));
}

export interface TestApp {
  app: App;
  clock: TestClock;
  dir: string;
  file: string;
  kiosk: Session;
  /** Signed in as the admin made by setup (PIN 1234). */
  admin: Session;
  adminId: number;
  /** Calls a method and returns the raw result. */
  call<M extends MethodName>(session: Session, method: M, input: Input<M>): Promise<Result<Output<M>>>;
  /** Calls a method and fails the test unless it succeeded. */
  ok<M extends MethodName>(session: Session, method: M, input: Input<M>): Promise<Output<M>>;
  /** Creates a staff member and returns a session signed in as them. */
  signIn(role: 'teacher' | 'admin', name?: string): Promise<Session>;
  /**
   * Moves the clock to `iso` as if the signed-in staff had been at the PC all along, so a jump of
   * days does not trip the idle lock (tests of the idle lock move t.clock directly instead).
   */
  at(iso: string): void;
}

/** A set-up room (school, room, one admin) on a fresh temp database. */
export async function createTestApp(options: { setUp?: boolean; clock?: TestClock } = {}): Promise<TestApp> {
  const clock = options.clock ?? testClock();
  const dir = tempDir();
  const file = path.join(dir, 'room.sqlite');
  const app = await createApp({ file, now: clock.now });
  opened.push({ app, dir });

  const call = async <M extends MethodName>(session: Session, method: M, input: Input<M>) => (await app.dispatch(method, input, session)) as Result<Output<M>>;
  const ok = async <M extends MethodName>(session: Session, method: M, input: Input<M>) => {
    const result = await call(session, method, input);
    if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  };

  const kiosk = kioskSession(clock.now().getTime());
  const admin = kioskSession(clock.now().getTime());
  let adminId = 0;
  if (options.setUp !== false) {
    const s = await ok(admin, 'setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
    adminId = s.staffId ?? 0;
  }

  const staffSessions: Session[] = [admin];
  const at = (iso: string) => {
    clock.set(iso);
    for (const s of staffSessions) s.lastActiveAt = clock.now().getTime();
  };

  let staffCount = 0;
  const signIn = async (role: 'teacher' | 'admin', name?: string) => {
    staffCount += 1;
    const pin = '2468';
    const member = await ok(admin, 'staff.create', { name: name ?? `老师${staffCount}`, role, pin });
    const session = kioskSession(clock.now().getTime());
    const result = await ok(session, 'auth.unlock', { staffId: member.id, pin });
    if (result.status !== 'unlocked') throw new Error('unlock failed');
    staffSessions.push(session);
    return session;
  };

  return { app, clock, dir, file, kiosk, admin, adminId, call, ok, signIn, at };
}
