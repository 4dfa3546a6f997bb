import { describe, expect, it } from 'vitest';
import { childInput } from './fixtures';
import { createTestApp } from './helpers';

describe('scheduled tasks', () => {
  it('checks out at closing time the children still in the room, as the system', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    t.clock.set('2026-11-23T16:00:00+08:00');
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    t.clock.set('2026-11-23T18:00:00+08:00');
    expect((await t.app.runScheduledTasks()).autoCheckedOut).toBe(0);
    t.clock.set('2026-11-23T18:31:00+08:00');
    expect((await t.app.runScheduledTasks()).autoCheckedOut).toBe(1);
    const visit = await t.app.db.selectFrom('visit').selectAll().executeTakeFirstOrThrow();
    expect(visit).toMatchObject({ checked_out_at: '2026-11-23T18:30:00+08:00', checkout_method: 'auto' });
    const audit = await t.app.db.selectFrom('audit_log').selectAll().where('action', '=', 'checkins.autoCheckOut').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_role: 'system', actor_staff_id: null });
  });
});

describe('archiving a child', () => {
  it('checks her out and takes her out of the phone queue', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    await t.ok(t.kiosk, 'kiosk.bookCall', { childId: child.id, parentId: child.parents[0].id });
    expect((await t.ok(t.admin, 'checkins.room', {})).headCount).toBe(1);
    expect(await t.ok(t.admin, 'calls.queue', {})).toHaveLength(1);
    await t.ok(t.admin, 'children.archive', { id: child.id, reason: '转学' });
    expect((await t.ok(t.admin, 'checkins.room', {})).headCount).toBe(0);
    expect(await t.ok(t.admin, 'calls.queue', {})).toHaveLength(0);
  });
});
