// Who may collect a child (issue 16): her file's ordered list, "may not collect" entries among them.
import type { ParsedInput } from '../../../shared/contract';
import type { Collector, GuardianRelation } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { photoDataUrl } from '../../../shared/photo';
import type { ChildCollectorTable } from '../../db/schema';
import type { Selectable } from 'kysely';
import { recordAccess } from '../accessLog';
import type { ServiceDeps } from '../deps';

type Row = Selectable<ChildCollectorTable>;

export const toCollector = (r: Row): Collector => ({
  id: r.id,
  name: r.name ?? '',
  // Written only through collectorInput's enum.
  relation: r.relation as GuardianRelation | null,
  phone: r.phone,
  mayCollect: r.may_collect === 1,
  note: r.note,
  photo: r.photo ? photoDataUrl(r.photo) : null,
});

export function createCollectorsService(deps: Pick<ServiceDeps, 'db' | 'clock' | 'audit' | 'actor'>) {
  const { db, clock, audit } = deps;
  async function rows(childId: number): Promise<Row[]> {
    // Erased entries (name NULL) are kept for nothing but the count; nobody can pick them.
    return db.selectFrom('child_collector').selectAll().where('child_id', '=', childId).where('name', 'is not', null).orderBy('position').orderBy('id').execute();
  }

  async function list(childId: number): Promise<Collector[]> {
    const child = await db.selectFrom('child').select('id').where('id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    return (await rows(childId)).map(toCollector);
  }

  /** collectors.list: read with her file, so the access log notes it as the file. */
  async function open(childId: number): Promise<Collector[]> {
    const found = await list(childId);
    await recordAccess(deps, childId, 'file');
    return found;
  }

  async function save({ childId, collectors }: ParsedInput<'collectors.save'>): Promise<Collector[]> {
    const child = await db.selectFrom('child').select(['id', 'erased_at']).where('id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    if (child.erased_at) throw new AppError('conflict', { entity: 'erased' });
    const at = clock.stamp();
    // The list is written anew; a person still on it keeps her photo (same name and relation).
    const kept = new Map((await rows(childId)).filter((r) => r.photo).map((r) => [`${r.name}|${r.relation}`, r.photo]));
    await db.deleteFrom('child_collector').where('child_id', '=', childId).execute();
    for (const [position, c] of collectors.entries()) {
      await db
        .insertInto('child_collector')
        .values({
          child_id: childId,
          position,
          name: c.name,
          relation: c.relation,
          phone: c.phone,
          may_collect: c.mayCollect ? 1 : 0,
          note: c.note,
          photo: kept.get(`${c.name}|${c.relation ?? null}`) ?? null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    }
    // Names stay out of the log (personal data): only how many may and may not collect.
    const excluded = collectors.filter((c) => !c.mayCollect).length;
    await audit.record('collectors.save', 'child', childId, { mayCollect: collectors.length - excluded, mayNotCollect: excluded });
    return list(childId);
  }

  /** The guardian is the first collector by default: added when her file has a guardian and no list yet. */
  async function ensureGuardian(childId: number): Promise<void> {
    const existing = await db.selectFrom('child_collector').select('id').where('child_id', '=', childId).executeTakeFirst();
    if (existing) return;
    const child = await db.selectFrom('child').select(['guardian_name', 'guardian_relation', 'guardian_phone']).where('id', '=', childId).executeTakeFirstOrThrow();
    if (!child.guardian_name) return;
    const at = clock.stamp();
    await db
      .insertInto('child_collector')
      .values({
        child_id: childId,
        position: 0,
        name: child.guardian_name,
        relation: child.guardian_relation,
        phone: child.guardian_phone,
        may_collect: 1,
        note: null,
        photo: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
  }

  /** One of her collectors by id, or not_found naming the field. */
  async function pick(childId: number, collectorId: number): Promise<Collector> {
    const row = await db.selectFrom('child_collector').selectAll().where('id', '=', collectorId).where('child_id', '=', childId).where('name', 'is not', null).executeTakeFirst();
    if (!row) throw new AppError('invalid_input', { issues: [{ path: ['collectorId'], code: 'not_found' }] });
    return toCollector(row);
  }

  return { list, open, save, ensureGuardian, pick, rows };
}
