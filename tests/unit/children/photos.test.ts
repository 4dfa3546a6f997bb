// A child's photo for the kiosk: only with her guardian's consent on file, small, really an image;
// withdrawing the consent deletes it; the kiosk sees photos of children on the roll with consent only.
import { describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../../shared/photo';
import { childInput, TINY_JPEG } from '../fixtures';
import { createTestApp } from '../helpers';
import { errorOf } from '../privacy/room';

const consent = { consentBy: '陈奶奶', consentOn: '2026-09-01' };

/** A data URL of `type` with these bytes. */
const dataUrl = (type: string, bytes: Uint8Array) => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;

describe('a child’s photo', () => {
  it('is refused until the guardian’s consent is recorded, then kept and shown on her file', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const child = await t.ok(t.admin, 'children.create', childInput({ name: '陈慧敏' }));
    expect(await t.ok(teacher, 'children.photo', { childId: child.id })).toEqual({ consentBy: null, consentOn: null, photo: null });
    expect(errorOf(await t.call(teacher, 'children.setPhoto', { childId: child.id, photo: TINY_JPEG }))).toMatchObject({ code: 'conflict', details: { entity: 'photo_no_consent' } });

    // Only an admin records consent.
    expect(errorOf(await t.call(teacher, 'children.photoConsent', { childId: child.id, ...consent })).code).toBe('forbidden');
    await t.ok(t.admin, 'children.photoConsent', { childId: child.id, ...consent });
    const kept = await t.ok(teacher, 'children.setPhoto', { childId: child.id, photo: TINY_JPEG });
    expect(kept).toEqual({ ...consent, photo: TINY_JPEG });
    expect(await t.ok(t.kiosk, 'kiosk.photos', { childIds: [child.id] })).toEqual([{ childId: child.id, photo: TINY_JPEG }]);
  });

  it('must really be a small JPEG, PNG or WebP, whatever the data URL says', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    await t.ok(t.admin, 'children.photoConsent', { childId: child.id, ...consent });
    const jpegBytes = Buffer.from(TINY_JPEG.split(',')[1] ?? '', 'base64');
    const refused = async (photo: string) => {
      const error = errorOf(await t.call(t.admin, 'children.setPhoto', { childId: child.id, photo }));
      return error.code === 'invalid_input' ? (error.details?.issues ?? []).map((i) => i.code) : error.code;
    };
    expect(await refused(dataUrl('image/png', jpegBytes))).toEqual(['photo_type']);
    expect(await refused(dataUrl('image/gif', jpegBytes))).toEqual(['photo_type']);
    expect(await refused(dataUrl('image/jpeg', new TextEncoder().encode('<script>alert(1)</script>')))).toEqual(['photo_type']);
    expect(await refused('https://example.com/face.jpg')).toEqual(['photo_type']);
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set(jpegBytes);
    expect(await refused(dataUrl('image/jpeg', big))).toEqual(['photo_size']);
    expect(await t.ok(t.admin, 'children.photo', { childId: child.id })).toMatchObject({ photo: null });
  });

  it('is deleted with the consent, and can be deleted on its own', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    await t.ok(t.admin, 'children.photoConsent', { childId: child.id, ...consent });
    await t.ok(t.admin, 'children.setPhoto', { childId: child.id, photo: TINY_JPEG });
    expect(await t.ok(t.admin, 'children.deletePhoto', { childId: child.id })).toEqual({ ...consent, photo: null });

    await t.ok(t.admin, 'children.setPhoto', { childId: child.id, photo: TINY_JPEG });
    expect(await t.ok(t.admin, 'children.photoConsent', { childId: child.id, consentBy: null, consentOn: null })).toEqual({ consentBy: null, consentOn: null, photo: null });
    expect(await t.app.db.selectFrom('child_photo').selectAll().execute()).toEqual([]);
    const audit = await t.app.db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'children.%hoto%').orderBy('id').execute();
    // The audit says what changed, never the guardian's name.
    expect(audit.map((a) => a.details).join()).not.toContain('陈奶奶');
  });

  it('reaches the kiosk only for children on the roll whose consent is on file', async () => {
    const t = await createTestApp();
    const ids: number[] = [];
    for (const name of ['王一', '王二', '王三']) {
      const child = await t.ok(t.admin, 'children.create', childInput({ name }));
      await t.ok(t.admin, 'children.photoConsent', { childId: child.id, ...consent });
      await t.ok(t.admin, 'children.setPhoto', { childId: child.id, photo: TINY_JPEG });
      ids.push(child.id);
    }
    const [stays = 0, leaves = 0, withdrawn = 0] = ids;
    await t.ok(t.admin, 'children.archive', { id: leaves, reason: '转学' });
    // Consent withdrawn straight in the table, as an older file might hold a photo without consent.
    await t.app.db.updateTable('child').set({ photo_consent_by: null }).where('id', '=', withdrawn).execute();
    expect(await t.ok(t.kiosk, 'kiosk.photos', { childIds: ids })).toEqual([{ childId: stays, photo: TINY_JPEG }]);
    expect(await t.ok(t.kiosk, 'kiosk.photos', { childIds: [] })).toEqual([]);
    // The kiosk cannot write or read a file's photo state.
    expect(errorOf(await t.call(t.kiosk, 'children.photo', { childId: stays })).code).toBe('forbidden');
  });

  it('of a collector: refused without her consent, kept through a list edit, at the kiosk, gone with the consent', async () => {
    const t = await createTestApp();
    const teacher = await t.signIn('teacher');
    const child = await t.ok(t.admin, 'children.create', childInput({ guardianName: '张奶奶', guardianRelation: 'grandmother' }));
    const [grandma] = await t.ok(t.admin, 'collectors.list', { childId: child.id });
    const grandmaId = grandma?.id ?? 0;
    expect(errorOf(await t.call(teacher, 'collectors.setPhoto', { childId: child.id, collectorId: grandmaId, photo: TINY_JPEG }))).toMatchObject({ details: { entity: 'photo_no_consent' } });
    await t.ok(t.admin, 'children.photoConsent', { childId: child.id, ...consent });
    expect(await t.ok(teacher, 'collectors.setPhoto', { childId: child.id, collectorId: grandmaId, photo: TINY_JPEG })).toMatchObject([{ name: '张奶奶', photo: TINY_JPEG }]);
    // Another child's collector id is not hers.
    const other = await t.ok(t.admin, 'children.create', childInput({ name: '李四' }));
    expect(errorOf(await t.call(teacher, 'collectors.setPhoto', { childId: other.id, collectorId: grandmaId, photo: null })).code).toBe('invalid_input');

    // Adding an uncle rewrites the list; the grandmother keeps her face.
    const saved = await t.ok(t.admin, 'collectors.save', {
      childId: child.id,
      collectors: [
        { name: '张奶奶', relation: 'grandmother', phone: null },
        { name: '张叔叔', relation: 'uncle', phone: null },
      ],
    });
    expect(saved.map((c) => [c.name, c.photo])).toEqual([
      ['张奶奶', TINY_JPEG],
      ['张叔叔', null],
    ]);
    await t.ok(t.kiosk, 'kiosk.checkIn', { childId: child.id });
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId: child.id })).collectors.map((c) => c.photo)).toEqual([TINY_JPEG, null]);

    await t.ok(t.admin, 'children.photoConsent', { childId: child.id, consentBy: null, consentOn: null });
    expect((await t.ok(t.kiosk, 'kiosk.status', { childId: child.id })).collectors.map((c) => c.photo)).toEqual([null, null]);
    expect(await t.app.db.selectFrom('child_collector').select('photo').where('photo', 'is not', null).execute()).toEqual([]);
  });
});
