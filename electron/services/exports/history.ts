// export_run: one row per bundle written and verified, read back as ExportRun.
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { ExportRun } from '../../../shared/domain';
import type { Database } from '../../db/schema';

function runs(db: Kysely<Database>) {
  return db
    .selectFrom('export_run as r')
    .leftJoin('staff as s', 's.id', 'r.staff_id')
    .leftJoin('export_run as old', 'old.id', 'r.replaces_id')
    .selectAll('r')
    .select(['s.name as staff_name', 'old.bundle_path as replaces_path']);
}

type RunRow = Awaited<ReturnType<ReturnType<typeof runs>['executeTakeFirstOrThrow']>>;

function toExportRun(r: RunRow): ExportRun {
  return {
    id: r.id,
    week: r.week,
    trigger: r.trigger,
    folder: r.folder,
    bundlePath: r.bundle_path,
    includeContacts: r.include_contacts === 1,
    rows: r.rows,
    files: r.files,
    createdAt: r.created_at,
    staffName: r.staff_name,
    partialUpTo: r.partial_up_to,
    revision: r.revision,
    replaces: r.replaces_path === null ? null : path.basename(r.replaces_path),
    changedAt: r.changed_at,
  };
}

export async function exportRun(db: Kysely<Database>, id: number): Promise<ExportRun> {
  return toExportRun(await runs(db).where('r.id', '=', id).executeTakeFirstOrThrow());
}

/** Newest first. */
export async function exportHistory(db: Kysely<Database>, limit?: number): Promise<ExportRun[]> {
  let q = runs(db).orderBy('r.id', 'desc');
  if (limit !== undefined) q = q.limit(limit);
  return (await q.execute()).map(toExportRun);
}

/** The newest full (not partial) bundle of a week: the one that counts as its export. */
export function latestFullRun(db: Kysely<Database>, week: string) {
  return db
    .selectFrom('export_run')
    .select(['id', 'revision', 'digest', 'changed_at', 'bundle_path'])
    .where('week', '=', week)
    .where('partial_up_to', 'is', null)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The weeks among `weeks` that have a full bundle, whoever wrote it. A partial one does not count. */
export async function exportedWeeks(db: Kysely<Database>, weeks: string[]): Promise<Set<string>> {
  if (weeks.length === 0) return new Set();
  const rows = await db.selectFrom('export_run').select('week').distinct().where('week', 'in', weeks).where('partial_up_to', 'is', null).execute();
  return new Set(rows.map((r) => r.week));
}

/** Weeks whose newest full bundle a later write made out of date, with when that was found; oldest week first. */
export async function changedWeeks(db: Kysely<Database>): Promise<{ week: string; changedAt: string }[]> {
  const newest = db
    .selectFrom('export_run')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('partial_up_to', 'is', null)
    .groupBy('week');
  const rows = await db.selectFrom('export_run').select(['week', 'changed_at']).where('id', 'in', newest).where('changed_at', 'is not', null).orderBy('week').execute();
  return rows.map((r) => ({ week: r.week, changedAt: r.changed_at ?? '' }));
}
