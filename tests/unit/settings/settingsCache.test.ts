// Dispatch keeps the settings between calls; every way the `setting` rows can change must reach the
// next command. The room's time zone shows in the stamp of a check-in, so each step checks one in.
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { readsDuring } from '../statementReads';
import { createTestApp, type TestApp } from '../helpers';

async function checkInOffset(t: TestApp, childId: number): Promise<string> {
  await t.ok(t.kiosk, 'kiosk.checkIn', { childId });
  const visit = await t.app.db.selectFrom('visit').select(['id', 'checked_in_at']).where('child_id', '=', childId).executeTakeFirstOrThrow();
  await t.app.db.deleteFrom('visit').where('id', '=', visit.id).execute();
  return visit.checked_in_at.slice(-6);
}

const json = (value: string) => JSON.stringify(value);

describe('settings kept by dispatch', () => {
  it('follows the settings method, a direct write, another program and a rolled-back write', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    expect(await checkInOffset(t, child.id)).toBe('+08:00');

    // The settings method: a longer idle lock keeps a teacher signed in past the default five minutes.
    const teacher = await t.signIn('teacher');
    await t.ok(t.admin, 'settings.update', { idleLockMinutes: 30 });
    t.clock.advanceMinutes(10);
    expect((await t.call(teacher, 'children.list', {})).ok).toBe(true);

    // Through the app's own connection, as a restore or an import writes rows.
    await t.app.db
      .insertInto('setting')
      .values({ key: 'timezone', value: json('Asia/Tokyo'), created_at: 'x', updated_at: 'x' })
      .execute();
    expect(await checkInOffset(t, child.id)).toBe('+09:00');
    await t.app.db
      .updateTable('setting')
      .set({ value: json('Asia/Shanghai') })
      .where('key', '=', 'timezone')
      .execute();
    expect(await checkInOffset(t, child.id)).toBe('+08:00');

    // Another program (the command line) on the same file.
    const other = new SQLite(t.file);
    other.prepare("update setting set value = ? where key = 'timezone'").run(json('Asia/Tokyo'));
    other.close();
    expect(await checkInOffset(t, child.id)).toBe('+09:00');

    // A write that is rolled back leaves the settings as they were.
    await expect(
      t.app.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('setting')
          .set({ value: json('Asia/Shanghai') })
          .where('key', '=', 'timezone')
          .execute();
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await checkInOffset(t, child.id)).toBe('+09:00');
  });

  it('follows a restore that brings back older settings', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    const backup = await t.ok(t.admin, 'backups.now', {});
    await t.app.db
      .insertInto('setting')
      .values({ key: 'timezone', value: json('Asia/Tokyo'), created_at: 'x', updated_at: 'x' })
      .execute();
    expect(await checkInOffset(t, child.id)).toBe('+09:00');
    await t.ok(t.admin, 'backups.restore', { name: backup.name });
    expect(await checkInOffset(t, child.id)).toBe('+08:00');
  });

  it('lets a kiosk check-in and check-out read no setting row once the settings are kept', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    await checkInOffset(t, child.id);
    const { reads } = await readsDuring(t.app.sqlite, async () => {
      await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
      await t.ok(t.kiosk, 'kiosk.checkOut', { childId: child.id, leaveMode: 'home_alone' });
    });
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((r) => /from "?setting"?/i.test(r.sql))).toEqual([]);
  });
});
