import { describe, expect, it } from 'vitest';
import { kioskSession } from '../../electron/session';
import { MethodRegistry, returns } from '../../shared/registry';
import { z } from 'zod';
import { createTestApp } from './helpers';
import { childInput } from './fixtures';

describe('dispatch', () => {
  it('refuses an admin method to a kiosk session with forbidden, and writes nothing', async () => {
    const t = await createTestApp();
    const result = await t.call(t.kiosk, 'children.create', childInput());
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    const count = await t.app.db
      .selectFrom('child')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('refuses an admin method to a teacher', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const result = await t.call(teacher, 'staff.create', { name: '新老师', role: 'teacher', pin: '1111' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('forbidden');
  });

  it('answers unknown methods with unknown_method', async () => {
    const t = await createTestApp();
    const result = await t.app.dispatch('children.drop', {}, t.admin);
    expect(result).toEqual({ ok: false, error: { code: 'unknown_method' } });
  });

  it('maps schema failures to field issues', async () => {
    const t = await createTestApp();
    const result = await t.call(t.admin, 'children.create', childInput({ name: '', guardianPhone: '12345' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.details?.issues).toEqual(
      expect.arrayContaining([
        { path: ['name'], code: 'required' },
        { path: ['guardianPhone'], code: 'phone' },
      ]),
    );
  });

  it('rolls back every write of a command that fails part-way', async () => {
    const t = await createTestApp();
    const before = await t.app.db.selectFrom('audit_log').select('id').execute();
    // The surrogate check fails after nothing is written; a missing parent id fails after the child row is written.
    const child = await t.ok(t.admin, 'children.create', childInput());
    const result = await t.call(t.admin, 'children.update', {
      ...childInput({ name: '张大明' }),
      id: child.id,
      parents: [{ id: 9999, relation: 'father', name: '某人' }],
    });
    expect(result.ok).toBe(false);
    const after = await t.ok(t.admin, 'children.get', { id: child.id });
    expect(after.name).toBe('张小明');
    const audits = await t.app.db.selectFrom('audit_log').select('action').execute();
    expect(audits.length).toBe(before.length + 1);
  });

  it('locks a staff session after the idle timeout', async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'settings.update', { idleLockMinutes: 5 });
    t.clock.advanceMinutes(4);
    expect((await t.ok(t.admin, 'auth.session', {})).role).toBe('admin');
    t.clock.advanceMinutes(6);
    const result = await t.call(t.admin, 'staff.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(t.admin.role).toBe('kiosk');
  });

  it('lets a kiosk session read settings but not staff lists', async () => {
    const t = await createTestApp();
    const session = kioskSession();
    expect((await t.ok(session, 'settings.get', {})).schoolName).toBe('青山小学');
    expect((await t.call(session, 'staff.list', {})).ok).toBe(false);
  });
});

describe('method registry', () => {
  it('throws when a name is registered twice', () => {
    const a = { 'x.get': returns<number>()('kiosk', z.object({})) };
    // The compiler refuses it first; the run-time check catches what slips past types.
    // @ts-expect-error x.get is in both parts
    expect(() => new MethodRegistry().add(a).add({ ...a })).toThrow(/registered twice: x.get/);
  });
});
