import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { DEFAULT_SETTINGS } from '../../../electron/services/settings/settings';
import { kioskSession } from '../../../electron/session';
import type { ApiError, Result } from '../../../shared/errors';
import { createTestApp } from '../helpers';

function errorOf(result: Result<unknown>): ApiError {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('settings', () => {
  it('starts from the defaults before set-up', async () => {
    const t = await createTestApp({ setUp: false });
    expect(await t.ok(t.kiosk, 'settings.get', {})).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ schoolName: '', roomName: '', language: 'zh-CN', idleLockMinutes: 5, timezone: 'Asia/Shanghai' });
    expect(await t.app.db.selectFrom('setting').select('id').execute()).toEqual([]);
  });

  it('keeps the defaults for what set-up does not ask', async () => {
    const t = await createTestApp();
    expect(await t.ok(t.kiosk, 'settings.get', {})).toEqual({
      ...DEFAULT_SETTINGS,
      schoolName: '青山小学',
      roomName: '留守儿童之家',
    });
  });

  it('persists an update across closing and reopening the file', async () => {
    const t = await createTestApp();
    const updated = await t.ok(t.admin, 'settings.update', { schoolName: '  红岩小学 ', idleLockMinutes: 15, language: 'en' });
    expect(updated).toMatchObject({ schoolName: '红岩小学', roomName: '留守儿童之家', idleLockMinutes: 15, language: 'en' });
    await t.app.close();

    const reopened = await createApp({ file: t.file, now: t.clock.now });
    try {
      const result = await reopened.dispatch('settings.get', {}, kioskSession(t.clock.now().getTime()));
      expect(result).toEqual({
        ok: true,
        value: { ...DEFAULT_SETTINGS, schoolName: '红岩小学', roomName: '留守儿童之家', idleLockMinutes: 15, language: 'en' },
      });
      const rows = await reopened.db.selectFrom('setting').select('key').where('key', '=', 'schoolName').execute();
      expect(rows).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });

  it('leaves settings not named in an update alone', async () => {
    const t = await createTestApp();
    await t.ok(t.admin, 'settings.update', { idleLockMinutes: 30 });
    await t.ok(t.admin, 'settings.update', { roomName: '快乐之家' });
    expect(await t.ok(t.kiosk, 'settings.get', {})).toMatchObject({ schoolName: '青山小学', roomName: '快乐之家', idleLockMinutes: 30 });
  });

  it('enforces 1 to 120 minutes for the idle lock, and changes nothing on a bad value', async () => {
    const t = await createTestApp();
    for (const idleLockMinutes of [0, 121, 2.5]) {
      const error = errorOf(await t.call(t.admin, 'settings.update', { idleLockMinutes, schoolName: '别的学校' }));
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.map((i) => i.path)).toEqual([['idleLockMinutes']]);
    }
    expect(await t.ok(t.kiosk, 'settings.get', {})).toMatchObject({ schoolName: '青山小学', idleLockMinutes: 5 });
    expect((await t.ok(t.admin, 'settings.update', { idleLockMinutes: 1 })).idleLockMinutes).toBe(1);
    expect((await t.ok(t.admin, 'settings.update', { idleLockMinutes: 120 })).idleLockMinutes).toBe(120);
  });

  it('keeps the spring semester end as MM-DD from February to August, a day that exists', async () => {
    const t = await createTestApp();
    expect((await t.ok(t.kiosk, 'settings.get', {})).springTermEnd).toBe('06-30');
    for (const springTermEnd of ['02-30', '09-30', '6-30', '06/30', '2027-06-30']) {
      const error = errorOf(await t.call(t.admin, 'settings.update', { springTermEnd }));
      expect(error.details?.issues, springTermEnd).toEqual([{ path: ['springTermEnd'], code: 'invalid' }]);
    }
    expect((await t.ok(t.admin, 'settings.update', { springTermEnd: '07-10' })).springTermEnd).toBe('07-10');
    expect((await t.ok(t.admin, 'settings.update', { springTermEnd: '02-29' })).springTermEnd).toBe('02-29');
  });

  it('refuses a blank school name and an unknown language', async () => {
    const t = await createTestApp();
    expect(errorOf(await t.call(t.admin, 'settings.update', { schoolName: '  ' })).details?.issues).toEqual([{ path: ['schoolName'], code: 'required' }]);
    expect(errorOf(await t.app.dispatch('settings.update', { language: 'fr' }, t.admin)).code).toBe('invalid_input');
  });

  it('lets a teacher change the language but not the settings', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    expect((await t.ok(teacher, 'settings.setLanguage', { language: 'en' })).language).toBe('en');
    expect(errorOf(await t.call(teacher, 'settings.update', { schoolName: '别的学校' })).code).toBe('forbidden');
    expect(errorOf(await t.call(t.kiosk, 'settings.setLanguage', { language: 'zh-CN' })).code).toBe('forbidden');
    expect(await t.ok(t.kiosk, 'settings.get', {})).toMatchObject({ schoolName: '青山小学', language: 'en' });
  });
});

describe('setup', () => {
  it('reports the room as not set up, then set up with its names', async () => {
    const t = await createTestApp({ setUp: false });
    expect(await t.ok(t.kiosk, 'setup.status', {})).toEqual({ isSetUp: false, schoolName: '', roomName: '', language: 'zh-CN', idleLockMinutes: 5 });

    const session = kioskSession(t.clock.now().getTime());
    const signedIn = await t.ok(session, 'setup.complete', {
      schoolName: '青山小学',
      roomName: '留守儿童之家',
      adminName: '陈静',
      pin: '1234',
      language: 'en',
    });
    expect(signedIn).toEqual({ role: 'admin', staffId: expect.any(Number), staffName: '陈静' });
    expect(session).toMatchObject({ role: 'admin', staffId: signedIn.staffId });
    expect(await t.ok(t.kiosk, 'setup.status', {})).toEqual({
      isSetUp: true,
      schoolName: '青山小学',
      roomName: '留守儿童之家',
      language: 'en',
      idleLockMinutes: 5,
    });
    expect((await t.ok(kioskSession(t.clock.now().getTime()), 'auth.unlock', { staffId: signedIn.staffId ?? 0, pin: '1234' })).status).toBe('unlocked');
  });

  it('refuses a second set-up with already_set_up, changing nothing', async () => {
    const t = await createTestApp();
    const session = kioskSession(t.clock.now().getTime());
    const result = await t.call(session, 'setup.complete', { schoolName: '别的学校', roomName: '别的', adminName: '坏人', pin: '9999' });
    expect(result).toEqual({ ok: false, error: { code: 'already_set_up' } });
    expect(session.role).toBe('kiosk');
    expect((await t.ok(t.kiosk, 'settings.get', {})).schoolName).toBe('青山小学');
    expect((await t.app.db.selectFrom('staff').select('name').execute()).map((s) => s.name)).toEqual(['陈静']);
  });

  it('refuses an invalid set-up and stays not set up', async () => {
    const t = await createTestApp({ setUp: false });
    const result = await t.call(t.kiosk, 'setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '12' });
    expect(errorOf(result).details?.issues).toEqual([{ path: ['pin'], code: 'pin' }]);
    expect((await t.ok(t.kiosk, 'setup.status', {})).isSetUp).toBe(false);
    expect(t.kiosk.role).toBe('kiosk');
  });
});
