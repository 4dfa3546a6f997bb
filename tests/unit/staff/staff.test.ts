import { describe, expect, it } from 'vitest';
import { createAudit } from '../../../electron/services/audit';
import { createClock } from '../../../electron/services/deps';
import { createStaffService, LOCKOUT_MINUTES, MAX_PIN_FAILURES } from '../../../electron/services/staff/staff';
import { kioskSession, type Session } from '../../../electron/session';
import type { UnlockResult } from '../../../shared/domain';
import type { ApiError, Result } from '../../../shared/errors';
import { DEFAULT_TIMEZONE } from '../../../shared/time';
import { createTestApp, type TestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function unlock(t: TestApp, staffId: number, pin: string, session: Session = kioskSession(t.clock.now().getTime())): Promise<UnlockResult> {
  return t.ok(session, 'auth.unlock', { staffId, pin });
}

async function staffRow(t: TestApp, id: number) {
  return t.app.db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('staff accounts', () => {
  it('lists staff in pinyin order of their names, not by code point', async () => {
    const t = await createTestApp();
    // By code point 张 (U+5F20) < 李 (U+674E) < 王 (U+738B) < 陈 (U+9648); in pinyin 陈 chen, 李 li, 王 wang, 张 zhang.
    for (const name of ['张丽', '王芳', '李明', '曾小华']) await t.ok(t.admin, 'staff.create', { name, role: 'teacher', pin: '5678' });
    // 曾 as a surname reads zeng (between wang and zhang), not ceng (before chen).
    const order = ['陈静', '李明', '王芳', '曾小华', '张丽'];
    expect((await t.ok(t.admin, 'staff.list', {})).map((s) => s.name)).toEqual(order);
    expect((await t.ok(kioskSession(t.clock.now().getTime()), 'auth.staffNames', {})).map((s) => s.name)).toEqual(order);
  });

  it('creates, updates, lists and archives staff', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    expect(m).toEqual({ id: expect.any(Number), name: '王老师', role: 'teacher', counsellor: false, archived: false, lockedUntil: null });
    const u = await t.ok(t.admin, 'staff.update', { id: m.id, name: '王芳', role: 'admin' });
    expect(u).toMatchObject({ id: m.id, name: '王芳', role: 'admin' });
    expect((await t.ok(t.admin, 'staff.list', {})).map((s) => s.name).sort()).toEqual(['王芳', '陈静'].sort());

    const a = await t.ok(t.admin, 'staff.archive', { id: m.id });
    expect(a.archived).toBe(true);
    expect((await t.ok(t.admin, 'staff.list', {})).map((s) => s.name)).toEqual(['陈静']);
    expect((await t.ok(t.admin, 'staff.list', { includeArchived: true })).length).toBe(2);
    expect(errorOf(await t.call(t.admin, 'staff.update', { id: 999, name: '谁', role: 'teacher' })).code).toBe('not_found');
  });

  it('stores PINs hashed with scrypt, never the PIN itself', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '567890' });
    const row = await staffRow(t, m.id);
    expect(row.pin_hash.startsWith('scrypt$')).toBe(true);
    expect(row.pin_hash).not.toContain('567890');
    const admin = await staffRow(t, t.adminId);
    expect(admin.pin_hash.startsWith('scrypt$')).toBe(true);
    expect(admin.pin_hash).not.toBe(row.pin_hash);
    const audit = await t.app.db.selectFrom('audit_log').select('details').execute();
    for (const a of audit) expect(a.details ?? '').not.toMatch(/567890|scrypt/);
  });

  it('refuses malformed PINs', async () => {
    const t = await createTestApp();
    const result = await t.call(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '12' });
    expect(errorOf(result)).toEqual({ code: 'invalid_input', details: { issues: [{ path: ['pin'], code: 'pin' }] } });
  });

  it('resetPin replaces the PIN: the old one fails, the new one works', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    const before = (await staffRow(t, m.id)).pin_hash;
    await t.ok(t.admin, 'staff.resetPin', { id: m.id, pin: '8765' });
    expect((await staffRow(t, m.id)).pin_hash).not.toBe(before);
    expect((await unlock(t, m.id, '5678')).status).toBe('wrong_pin');
    expect((await unlock(t, m.id, '8765')).status).toBe('unlocked');
  });
});

describe('unlock', () => {
  it('with the right PIN unlocks and signs the session in', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    const session = kioskSession(t.clock.now().getTime());
    const result = await unlock(t, m.id, '5678', session);
    expect(result).toEqual({ status: 'unlocked', session: { role: 'teacher', staffId: m.id, staffName: '王老师' } });
    expect(session).toMatchObject({ role: 'teacher', staffId: m.id, staffName: '王老师' });
    expect((await t.ok(session, 'auth.lock', {})).role).toBe('kiosk');
    expect(session.role).toBe('kiosk');
  });

  it('counts wrong PINs down, persists them, locks for 5 minutes and then lets the right PIN in', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    const session = kioskSession(t.clock.now().getTime());
    expect(MAX_PIN_FAILURES).toBe(5);
    expect(LOCKOUT_MINUTES).toBe(5);

    const left: number[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await unlock(t, m.id, '0000', session);
      if (r.status !== 'wrong_pin') throw new Error(`expected wrong_pin, got ${r.status}`);
      left.push(r.attemptsLeft);
      expect((await staffRow(t, m.id)).failed_pin_count).toBe(i + 1);
    }
    expect(left).toEqual([4, 3, 2, 1]);
    expect(session.role).toBe('kiosk');

    const locked = await unlock(t, m.id, '0000', session);
    expect(locked).toEqual({ status: 'locked', until: '2026-11-23T10:05:00+08:00' });
    expect((await staffRow(t, m.id)).locked_until).toBe('2026-11-23T10:05:00+08:00');
    const wrongAudits = await t.app.db.selectFrom('audit_log').select('id').where('action', '=', 'auth.wrongPin').where('row_id', '=', m.id).execute();
    expect(wrongAudits).toHaveLength(5);

    t.clock.advanceMinutes(4);
    expect(await unlock(t, m.id, '5678', session)).toEqual({ status: 'locked', until: '2026-11-23T10:05:00+08:00' });
    expect(session.role).toBe('kiosk');
    const member = (await t.ok(await t.signIn('admin'), 'staff.list', {})).find((s) => s.id === m.id);
    expect(member?.lockedUntil).toBe('2026-11-23T10:05:00+08:00');

    t.clock.advanceMinutes(1);
    expect((await unlock(t, m.id, '5678', session)).status).toBe('unlocked');
    expect(session.role).toBe('teacher');
    expect(await staffRow(t, m.id)).toMatchObject({ failed_pin_count: 0, locked_until: null });
    expect(await unlock(t, m.id, '0000')).toEqual({ status: 'wrong_pin', attemptsLeft: 4 });
  });

  it('starts counting afresh after a lock-out expires', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    for (let i = 0; i < 5; i++) await unlock(t, m.id, '0000');
    t.clock.advanceMinutes(6);
    expect(await unlock(t, m.id, '0000')).toEqual({ status: 'wrong_pin', attemptsLeft: 4 });
    expect(await staffRow(t, m.id)).toMatchObject({ failed_pin_count: 1, locked_until: null });
  });

  it('a right PIN resets the count of earlier wrong ones', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    for (let i = 0; i < 3; i++) await unlock(t, m.id, '0000');
    expect((await unlock(t, m.id, '5678')).status).toBe('unlocked');
    expect(await unlock(t, m.id, '0000')).toEqual({ status: 'wrong_pin', attemptsLeft: 4 });
  });

  it('resetPin clears a lock-out', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    for (let i = 0; i < 5; i++) await unlock(t, m.id, '0000');
    expect((await unlock(t, m.id, '5678')).status).toBe('locked');
    const reset = await t.ok(t.admin, 'staff.resetPin', { id: m.id, pin: '4321' });
    expect(reset.lockedUntil).toBeNull();
    expect((await unlock(t, m.id, '4321')).status).toBe('unlocked');
  });

  it('refuses archived staff with not_found and leaves them out of the kiosk name list', async () => {
    const t = await createTestApp();
    const m = await t.ok(t.admin, 'staff.create', { name: '王老师', role: 'teacher', pin: '5678' });
    expect((await t.ok(t.kiosk, 'auth.staffNames', {})).map((s) => s.name).sort()).toEqual(['王老师', '陈静'].sort());
    await t.ok(t.admin, 'staff.archive', { id: m.id });
    const session = kioskSession(t.clock.now().getTime());
    expect(errorOf(await t.call(session, 'auth.unlock', { staffId: m.id, pin: '5678' })).code).toBe('not_found');
    expect(session.role).toBe('kiosk');
    expect(await t.ok(t.kiosk, 'auth.staffNames', {})).toEqual([{ id: t.adminId, name: '陈静' }]);
    expect(errorOf(await t.call(session, 'auth.unlock', { staffId: 999, pin: '5678' })).code).toBe('not_found');
  });
});

describe('the last admin', () => {
  it('cannot be demoted', async () => {
    const t = await createTestApp();
    const result = await t.call(t.admin, 'staff.update', { id: t.adminId, name: '陈静', role: 'teacher' });
    expect(errorOf(result)).toEqual({ code: 'conflict', details: { entity: 'last_admin' } });
    expect((await staffRow(t, t.adminId)).role).toBe('admin');
  });

  it('can be demoted once another admin exists', async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'staff.create', { name: '王芳', role: 'admin', pin: '5678' });
    expect((await t.ok(t.admin, 'staff.update', { id: t.adminId, name: '陈静', role: 'teacher' })).role).toBe('teacher');
  });

  it('cannot be archived', async () => {
    const t = await createTestApp();
    const clock = createClock(t.clock.now, DEFAULT_TIMEZONE);
    const actor = { role: 'admin' as const, staffId: null, staffName: null };
    const service = createStaffService({ db: t.app.db, clock, audit: createAudit(t.app.db, clock, actor), actor });
    await expect(service.archive(t.adminId)).rejects.toMatchObject({ code: 'conflict', details: { entity: 'last_admin' } });
    expect((await staffRow(t, t.adminId)).archived_at).toBeNull();
  });

  it('an archived admin does not count as another admin', async () => {
    const t = await createTestApp();
    const other = await t.ok(t.admin, 'staff.create', { name: '王芳', role: 'admin', pin: '5678' });
    await t.ok(t.admin, 'staff.archive', { id: other.id });
    expect(errorOf(await t.call(t.admin, 'staff.update', { id: t.adminId, name: '陈静', role: 'teacher' })).code).toBe('conflict');
  });

  it('an admin cannot archive herself', async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'staff.create', { name: '王芳', role: 'admin', pin: '5678' });
    const result = await t.call(t.admin, 'staff.archive', { id: t.adminId });
    expect(errorOf(result)).toEqual({ code: 'conflict', details: { entity: 'archive_self' } });
    expect((await staffRow(t, t.adminId)).archived_at).toBeNull();
  });
});

describe('staff roles', () => {
  it('a teacher may list staff but not manage them', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    expect((await t.ok(teacher, 'staff.list', {})).length).toBe(2);
    expect(errorOf(await t.call(teacher, 'staff.create', { name: '新', role: 'admin', pin: '1111' })).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'staff.resetPin', { id: t.adminId, pin: '1111' })).code).toBe('forbidden');
    expect(errorOf(await t.call(teacher, 'staff.archive', { id: t.adminId })).code).toBe('forbidden');
    expect(errorOf(await t.call(t.kiosk, 'staff.list', {})).code).toBe('forbidden');
  });
});
