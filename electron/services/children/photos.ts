// A child's photo, kept only with her guardian's consent (PIPL art. 14, 31: a minor's image). The bytes
// live in child_photo, apart from her file, so lists never read them; the kiosk asks for a class's
// photos at once, and gets none for a child whose consent is not on file.
import type { ChildPhotoState, Collector, KioskPhoto } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { checkPhoto, photoDataUrl } from '../../../shared/photo';
import type { ServiceDeps } from '../deps';
import { createCollectorsService } from './collectors';

export function createPhotosService({ db, clock, audit, actor }: ServiceDeps) {
  async function consentOf(childId: number) {
    const child = await db.selectFrom('child').select(['photo_consent_by', 'photo_consent_on', 'erased_at']).where('id', '=', childId).executeTakeFirst();
    if (!child || child.erased_at) throw new AppError('not_found', { entity: 'child' });
    return child;
  }

  async function state(childId: number): Promise<ChildPhotoState> {
    const child = await consentOf(childId);
    const row = await db.selectFrom('child_photo').select('photo').where('child_id', '=', childId).executeTakeFirst();
    return { consentBy: child.photo_consent_by, consentOn: child.photo_consent_on, photo: row?.photo ? photoDataUrl(row.photo) : null };
  }

  /** Records the guardian's consent, or withdraws it (null) and deletes the photo with it. */
  async function setConsent(childId: number, consentBy: string | null, consentOn: string | null): Promise<ChildPhotoState> {
    await consentOf(childId);
    const at = clock.stamp();
    await db.updateTable('child').set({ photo_consent_by: consentBy, photo_consent_on: consentOn, updated_at: at }).where('id', '=', childId).execute();
    if (consentBy === null) {
      await db.deleteFrom('child_photo').where('child_id', '=', childId).execute();
      await db.updateTable('child_collector').set({ photo: null }).where('child_id', '=', childId).execute();
    }
    // The guardian's name stays out of the audit log: it says only what changed.
    await audit.record('children.photoConsent', 'child', childId, { consent: consentBy !== null });
    return state(childId);
  }

  /** The photo's bytes, once her consent is on file and the bytes are a small image. */
  async function checkedBytes(childId: number, dataUrl: string): Promise<Buffer> {
    const child = await consentOf(childId);
    if (!child.photo_consent_by) throw new AppError('conflict', { entity: 'photo_no_consent' });
    // The contract checked it already; the service checks again so no other caller can store anything else.
    const checked = checkPhoto(dataUrl);
    if (!checked.ok) throw new AppError('invalid_input', { issues: [{ path: ['photo'], code: checked.reason === 'too_big' ? 'photo_size' : 'photo_type' }] });
    return Buffer.from(checked.bytes);
  }

  async function setPhoto(childId: number, dataUrl: string): Promise<ChildPhotoState> {
    const photo = await checkedBytes(childId, dataUrl);
    const at = clock.stamp();
    await db
      .insertInto('child_photo')
      .values({ child_id: childId, photo, created_at: at, updated_at: at })
      .onConflict((oc) => oc.column('child_id').doUpdateSet({ photo, updated_at: at }))
      .execute();
    await audit.record('children.setPhoto', 'child', childId, { bytes: photo.length });
    return state(childId);
  }

  async function deletePhoto(childId: number): Promise<ChildPhotoState> {
    await consentOf(childId);
    await db.deleteFrom('child_photo').where('child_id', '=', childId).execute();
    await audit.record('children.deletePhoto', 'child', childId, {});
    return state(childId);
  }

  /** A collector's face (null deletes it), under the child's consent; answers her updated list. */
  async function setCollectorPhoto(childId: number, collectorId: number, dataUrl: string | null): Promise<Collector[]> {
    const photo = dataUrl === null ? null : await checkedBytes(childId, dataUrl);
    const collectors = createCollectorsService({ db, clock, audit, actor });
    await collectors.pick(childId, collectorId);
    await db.updateTable('child_collector').set({ photo, updated_at: clock.stamp() }).where('id', '=', collectorId).execute();
    await audit.record(photo ? 'collectors.setPhoto' : 'collectors.deletePhoto', 'child', childId, photo ? { bytes: photo.length } : {});
    return collectors.list(childId);
  }

  /** kiosk.photos: one query for a class; only children on file, not archived, with consent recorded. */
  async function forKiosk(childIds: readonly number[]): Promise<KioskPhoto[]> {
    if (!childIds.length) return [];
    const rows = await db
      .selectFrom('child_photo')
      .innerJoin('child', 'child.id', 'child_photo.child_id')
      .select(['child_photo.child_id', 'child_photo.photo'])
      .where('child_photo.child_id', 'in', childIds)
      .where('child.photo_consent_by', 'is not', null)
      .where('child.archived_at', 'is', null)
      .where('child.erased_at', 'is', null)
      .execute();
    return rows.flatMap((r) => (r.photo ? [{ childId: r.child_id, photo: photoDataUrl(r.photo) }] : []));
  }

  return { state, setConsent, setPhoto, deletePhoto, setCollectorPhoto, forKiosk };
}
