// `reset-pin` on the PC itself: the way back in for a room whose admin forgot the PIN or is locked out.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { runCli, type CliOutput } from '../../../electron/cli';
import { kioskSession } from '../../../electron/session';
import { tempDir } from '../helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const now = () => new Date('2026-11-23T02:00:00Z');

function capture(): CliOutput & { logs: string[]; errors: string[] } {
  const logs: string[] = [];
  const errors: string[] = [];
  return { logs, errors, log: (m) => logs.push(m), error: (m) => errors.push(m) };
}

/** A set-up room whose admin 陈静 (PIN 1234) locked herself out, and a teacher 王老师. */
async function lockedOutRoom(): Promise<string> {
  const dir = tempDir();
  dirs.push(dir);
  const file = path.join(dir, 'children-home.sqlite');
  const app = await createApp({ file, now });
  try {
    const admin = kioskSession(now().getTime());
    await app.dispatch('setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' }, admin);
    await app.dispatch('staff.create', { name: '王老师', role: 'teacher', pin: '2468' }, admin);
    const kiosk = kioskSession(now().getTime());
    for (let i = 0; i < 5; i += 1) await app.dispatch('auth.unlock', { staffId: 1, pin: '0000' }, kiosk);
  } finally {
    await app.close();
  }
  return file;
}

async function unlockWith(file: string, pin: string): Promise<unknown> {
  const app = await createApp({ file, now });
  try {
    const result = await app.dispatch('auth.unlock', { staffId: 1, pin }, kioskSession(now().getTime()));
    return result.ok ? (result.value as { status: string }).status : result.error;
  } finally {
    await app.close();
  }
}

describe('reset-pin', () => {
  it('sets a new PIN for an admin, lifts the lock-out, and records it in the audit log', async () => {
    const file = await lockedOutRoom();
    expect(await unlockWith(file, '1234')).toBe('locked');
    const out = capture();
    expect(await runCli(['reset-pin', '--db', file, '--name', '陈静', '--pin', '5678'], out, now)).toBe(0);
    expect(out.logs.at(-1)).toContain('陈静');
    expect(await unlockWith(file, '1234')).toBe('wrong_pin');
    expect(await unlockWith(file, '5678')).toBe('unlocked');

    const app = await createApp({ file, now });
    try {
      const rows = await app.db.selectFrom('audit_log').select(['actor_role', 'row_id', 'created_at']).where('action', '=', 'staff.resetPin').execute();
      expect(rows).toEqual([{ actor_role: 'cli', row_id: 1, created_at: '2026-11-23T10:00:00+08:00' }]);
    } finally {
      await app.close();
    }
  });

  it('refuses a teacher, an unknown name, a PIN that is not 4 to 8 digits, and missing options, changing nothing', async () => {
    const file = await lockedOutRoom();
    const cases: [string[], number][] = [
      [['--name', '王老师', '--pin', '5678'], 1],
      [['--name', '李老师', '--pin', '5678'], 1],
      [['--name', '陈静', '--pin', '12a4'], 2],
      [['--name', '陈静', '--pin', '123'], 2],
      [['--name', '陈静'], 2],
    ];
    for (const [args, code] of cases) {
      const out = capture();
      expect(await runCli(['reset-pin', '--db', file, ...args], out, now)).toBe(code);
      expect(out.errors).not.toEqual([]);
    }
    const app = await createApp({ file, now });
    try {
      expect(await app.db.selectFrom('audit_log').select('id').where('action', '=', 'staff.resetPin').execute()).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('is listed in the help', async () => {
    const out = capture();
    expect(await runCli(['help'], out, now)).toBe(0);
    expect(out.logs.join('\n')).toContain('reset-pin --name NAME --pin PIN [--db FILE]');
  });
});
