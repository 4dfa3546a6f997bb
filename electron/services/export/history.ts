// export_run: one row per bundle written and verified, read back as ExportRun.
import type { Kysely } from 'kysely';
import type { ExportRun } from '../../../shared/domain';
import type { Database } from '../../db/schema';

function runs(db: Kysely<Database>) {
  return db.selectFrom('export_run as r').leftJoin('staff as s', 's.id', 'r.staff_id').selectAll('r').select('s.name as staff_name');
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

/** The weeks among `weeks` that have a bundle, whoever wrote it. */
export async function exportedWeeks(db: Kysely<Database>, weeks: string[]): Promise<Set<string>> {
  if (weeks.length === 0) return new Set();
  const rows = await db.selectFrom('export_run').select('week').distinct().where('week', 'in', weeks).execute();
  return new Set(rows.map((r) => r.week));
}
