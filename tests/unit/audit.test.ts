import { describe, expect, it } from 'vitest';
import { createAudit } from '../../electron/services/audit';
import { createChildrenService } from '../../electron/services/children/children';
import { createClock } from '../../electron/services/deps';
import { kioskSession, type Session } from '../../electron/session';
import type { SessionInfo } from '../../shared/domain';
import { childInput as childValues } from '../../shared/methods/children';
import { DEFAULT_TIMEZONE } from '../../shared/time';
import { childInput } from './fixtures';
import { createTestApp, type TestApp } from './helpers';

async function auditRows(t: TestApp) {
  return t.app.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
}

/** Runs a command and returns the audit rows it appended. */
async function appended(t: TestApp, run: () => Promise<unknown>) {
  const before = (await auditRows(t)).length;
  await run();
  return (await auditRows(t)).slice(before);
}

describe('audit log', () => {
  it('children.create appends exactly one row naming the admin, the table and the row', async () => {
    const t = await createTestApp();
    let id = 0;
    const rows = await appended(t, async () => (id = (await t.ok(t.admin, 'children.create', childInput())).id));
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        actor_staff_id: t.adminId,
        actor_role: 'admin',
        action: 'children.create',
        table_name: 'child',
        row_id: id,
        details: JSON.stringify({ name: '张小明' }),
        created_at: '2026-11-23T10:00:00+08:00',
        updated_at: '2026-11-23T10:00:00+08:00',
      },
    ]);
  });

  it('records every write command with its action, actor and row', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher', '王老师');
    const child = await t.ok(t.admin, 'children.create', childInput());
    const staff = await t.ok(t.admin, 'staff.create', { name: '李老师', role: 'teacher', pin: '5678' });

    const cases: [string, Session, () => Promise<unknown>, string[], number | null][] = [
      ['children.update', t.admin, () => t.ok(t.admin, 'children.update', { ...childInput({ notes: '新' }), id: child.id }), ['children.update'], child.id],
      ['children.archive', t.admin, () => t.ok(t.admin, 'children.archive', { id: child.id, reason: '转学' }), ['children.archive'], child.id],
      ['children.restore', t.admin, () => t.ok(t.admin, 'children.restore', { id: child.id }), ['children.restore'], child.id],
      ['staff.create', t.admin, () => t.ok(t.admin, 'staff.create', { name: '赵老师', role: 'teacher', pin: '1357' }), ['staff.create'], null],
      ['staff.update', t.admin, () => t.ok(t.admin, 'staff.update', { id: staff.id, name: '李芳', role: 'teacher' }), ['staff.update'], staff.id],
      ['staff.resetPin', t.admin, () => t.ok(t.admin, 'staff.resetPin', { id: staff.id, pin: '8642' }), ['staff.resetPin'], staff.id],
      ['staff.archive', t.admin, () => t.ok(t.admin, 'staff.archive', { id: staff.id }), ['staff.archive'], staff.id],
      ['settings.update', t.admin, () => t.ok(t.admin, 'settings.update', { roomName: '新名', idleLockMinutes: 9 }), ['settings.update', 'settings.update'], null],
      ['settings.setLanguage', teacher, () => t.ok(teacher, 'settings.setLanguage', { language: 'en' }), ['settings.update'], null],
    ];
    for (const [what, session, run, actions, rowId] of cases) {
      const rows = await appended(t, run);
      expect(
        rows.map((r) => r.action),
        what,
      ).toEqual(actions);
      for (const r of rows) {
        expect(r.actor_staff_id, what).toBe(session.staffId);
        expect(r.actor_role, what).toBe(session.role);
        if (rowId !== null) expect(r.row_id, what).toBe(rowId);
        else expect(r.row_id, what).toEqual(expect.any(Number));
      }
    }
  });

  it('records PIN checks, right and wrong, against the staff row from the kiosk', async () => {
    const t = await createTestApp();
    const wrong = await appended(t, () => t.ok(kioskSession(), 'auth.unlock', { staffId: t.adminId, pin: '0000' }));
    expect(wrong.map((r) => [r.action, r.actor_role, r.actor_staff_id, r.row_id])).toEqual([['auth.wrongPin', 'kiosk', null, t.adminId]]);
    expect(JSON.parse(wrong[0].details ?? '{}')).toEqual({ failures: 1, locked: false });
    const right = await appended(t, () => t.ok(kioskSession(), 'auth.unlock', { staffId: t.adminId, pin: '1234' }));
    expect(right.map((r) => r.action)).toEqual(['auth.unlock']);
  });

  it('records set-up: the settings and the first admin', async () => {
    const t = await createTestApp({ setUp: false });
    const rows = await appended(t, () => t.ok(kioskSession(), 'setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' }));
    expect(rows.map((r) => r.action)).toEqual(['settings.update', 'settings.update', 'settings.update', 'staff.create']);
    expect(rows.map((r) => r.details).join()).not.toContain('1234');
  });

  it('adds no row for a command that fails, whether in the schema or inside the service', async () => {
    const t = await createTestApp();
    const failures = [
      () => t.call(t.admin, 'children.create', childInput({ birthDate: '2030-01-01' })),
      () => t.call(t.admin, 'children.create', childInput({ surrogateStaffId: 999 })),
      () => t.call(t.admin, 'children.create', childInput({ guardianPhone: '123' })),
      () => t.call(t.admin, 'staff.update', { id: t.adminId, name: '陈静', role: 'teacher' }),
      () => t.call(t.admin, 'children.archive', { id: 999, reason: '无' }),
      () => t.call(t.kiosk, 'settings.update', { roomName: '不行' }),
    ];
    for (const run of failures) {
      const rows = await appended(t, async () => expect((await run()).ok).toBe(false));
      expect(rows).toEqual([]);
    }
  });

  it('children.update lists the changed field names, never their values', async () => {
    const t = await createTestApp();
    const c = await t.ok(t.admin, 'children.create', childInput());
    const rows = await appended(t, () => t.ok(t.admin, 'children.update', { ...childInput({ guardianPhone: '13955556666', notes: '对花生过敏', parents: c.parents }), id: c.id }));
    expect(rows).toHaveLength(1);
    const details = rows[0].details ?? '';
    expect(JSON.parse(details)).toEqual({ changed: expect.arrayContaining(['guardianPhone', 'notes']) });
    expect((JSON.parse(details) as { changed: string[] }).changed).toHaveLength(2);
    expect(details).not.toContain('13955556666');
    expect(details).not.toContain('13812345678');
    expect(details).not.toContain('花生');
  });

  it('writes in the caller’s transaction: a rollback takes the audit row with it', async () => {
    const t = await createTestApp();
    const clock = createClock(t.clock.now, DEFAULT_TIMEZONE);
    const actor: SessionInfo = { role: 'admin', staffId: t.adminId, staffName: '陈静' };
    const before = (await auditRows(t)).length;
    const attempt = t.app.db.transaction().execute(async (trx) => {
      const service = createChildrenService({ db: trx, clock, audit: createAudit(trx, clock, actor), actor });
      await service.create(childValues.parse(childInput()));
      const inside = await trx.selectFrom('audit_log').select('action').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(inside.action).toBe('children.create');
      throw new Error('power cut');
    });
    await expect(attempt).rejects.toThrow('power cut');
    expect((await auditRows(t)).length).toBe(before);
    expect(await t.app.db.selectFrom('child').select('id').execute()).toEqual([]);
  });
});
