// Storing one checked bundle in the office database, in one transaction: its school and room, the
// bundle with its recomputed figures, and the rows of every log. The same bundle twice is stored once;
// a higher revision of a week supersedes the stored one, which stays as history; a lower one arriving
// late is kept as history at once; a different bundle with the same revision is refused.
import type { Transaction } from 'kysely';
import type { BundleCheck } from '../../shared/bundleCheck';
import { AppError } from '../../shared/errors';
import type { OfficeDb } from './open';
import { officeRows } from './rows';
import { LOG_TABLES, type OfficeDatabase } from './schema';

export type StoreOutcome =
  | { kind: 'stored'; bundleId: number }
  | { kind: 'corrected'; bundleId: number; supersedes: number }
  | { kind: 'history'; bundleId: number; supersededBy: number }
  | { kind: 'already'; bundleId: number }
  | { kind: 'conflict'; bundleId: number };

/** Rows per INSERT: well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const CHUNK = 400;

type Trx = Transaction<OfficeDatabase>;

async function idOf(trx: Trx, table: 'office_school', where: { name: string }): Promise<number>;
async function idOf(trx: Trx, table: 'office_room', where: { name: string; school_id: number }): Promise<number>;
async function idOf(trx: Trx, table: 'office_school' | 'office_room', where: { name: string; school_id?: number }): Promise<number> {
  const find = () => {
    let query = trx.selectFrom(table).select('id').where('name', '=', where.name);
    if (where.school_id !== undefined) query = query.where('school_id', '=', where.school_id);
    return query.executeTakeFirst();
  };
  // Looked up first: on PostgreSQL an INSERT … ON CONFLICT is held to the row-level security policy
  // even when the row exists, so a school's role could never get past its own school's row.
  const found = await find();
  if (found) return found.id;
  await trx
    .insertInto(table)
    .values(where as { name: string; school_id: number })
    .onConflict((oc) => oc.columns(table === 'office_school' ? ['name'] : ['school_id', 'name']).doNothing())
    .execute();
  const row = await find();
  // Under PostgreSQL's row-level security another school's row is not there for this role.
  if (!row) throw new AppError('forbidden');
  return row.id;
}

async function insertRows(trx: Trx, check: BundleCheck, ids: { bundle_id: number; school_id: number }): Promise<void> {
  if (!check.manifest || !check.sheets) return;
  const rows = officeRows(check.manifest, check.sheets, ids);
  for (const table of LOG_TABLES) {
    const all = rows[table];
    for (let i = 0; i < all.length; i += CHUNK)
      await trx
        .insertInto(table)
        .values(all.slice(i, i + CHUNK))
        .execute();
  }
}

/** Stores a bundle that passed the check (status current or superseded); `now` stamps the import. */
export async function storeBundle(office: OfficeDb, check: BundleCheck, now: string): Promise<StoreOutcome> {
  const { manifest, figures } = check;
  if (!manifest || !figures || check.status === 'failed' || check.status === 'partial') throw new AppError('invalid_input');
  return office.db.transaction().execute(async (trx) => {
    const same = await trx.selectFrom('office_bundle').select('id').where('fingerprint', '=', check.fingerprint).executeTakeFirst();
    if (same) return { kind: 'already', bundleId: same.id };
    const schoolId = await idOf(trx, 'office_school', { name: manifest.school });
    const roomId = await idOf(trx, 'office_room', { name: manifest.room, school_id: schoolId });
    const stored = await trx.selectFrom('office_bundle').select(['id', 'revision']).where('room_id', '=', roomId).where('week', '=', manifest.week).where('current', '=', 1).executeTakeFirst();
    if (stored && stored.revision === manifest.revision) return { kind: 'conflict', bundleId: stored.id };
    const later = stored !== undefined && stored.revision > manifest.revision;
    const { id } = await trx
      .insertInto('office_bundle')
      .values({
        school_id: schoolId,
        room_id: roomId,
        week: manifest.week,
        monday: manifest.from,
        revision: manifest.revision,
        fingerprint: check.fingerprint,
        current: later ? 0 : 1,
        superseded_by: later ? stored.id : null,
        folder: check.folder.slice(check.folder.lastIndexOf('/') + 1),
        manifest: JSON.stringify(manifest),
        created_at: manifest.createdAt,
        imported_at: now,
        include_contacts: manifest.includeContacts ? 1 : 0,
        children: figures.children,
        visits: figures.visits,
        calls: figures.calls,
        calls_talked: figures.callsTalked,
        video_calls: figures.videoCalls,
        video_calls_talked: figures.videoCallsTalked,
        loans: figures.loans,
        returns: figures.returns,
        signups: figures.signups,
        attendances: figures.attendances,
        duty_sign_ins: figures.dutySignIns,
        duties_planned: figures.dutiesPlanned,
        duties_covered: figures.dutiesCovered,
        no_call_30: figures.noCall30Days,
        overdue_books: figures.overdueBooks,
        care_children: figures.care?.children ?? null,
        care_talk_share: figures.care?.talkShare ?? null,
        care_contact_share: figures.care?.contactShare ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertRows(trx, check, { bundle_id: id, school_id: schoolId });
    if (later) return { kind: 'history', bundleId: id, supersededBy: stored.id };
    if (!stored) return { kind: 'stored', bundleId: id };
    await trx.updateTable('office_bundle').set({ current: 0, superseded_by: id }).where('id', '=', stored.id).execute();
    return { kind: 'corrected', bundleId: id, supersedes: stored.id };
  });
}
