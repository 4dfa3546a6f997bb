// PIPL art. 47: once a child has left for Settings.retentionYears, an admin may erase her personal data.
// Her rows stay, so visits, calls, loans, sign-ups and care records still count by date, grade and
// gender; what identifies her or her family is overwritten, column by column as electron/db/dataPolicy.ts says.
import dayjs from 'dayjs';
import { sql } from 'kysely';
import type { ParsedInput } from '../../../shared/contract';
import { erasedName, type ErasableChild, type ErasureResult } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import { CHILD_ROW_TABLES, erasedValues, identifyingColumns } from '../../db/dataPolicy';
import { herRows } from '../../db/herRows';
import type { ChildRow } from '../../db/schema';
import { createAudit } from '../audit';
import type { MethodContext, ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { scrubAuditLog } from './auditScrub';
import { compactAfterErasure, markCompactionPending } from './compaction';

/** Shorter values would match too much of other rows' audit details. */
const MIN_NEEDLE = 2;

export function createErasureService({ db, clock, audit }: ServiceDeps) {
  /** The local date the retention period ends: the day she left plus retentionYears. */
  const erasableSince = (archivedAt: string, years: number) => dayjs(archivedAt.slice(0, 10)).add(years, 'year').format('YYYY-MM-DD');

  async function erasable(): Promise<ErasableChild[]> {
    const { retentionYears } = await readSettings(db);
    const rows = await db
      .selectFrom('child')
      .select(['id', 'name', 'gender', 'grade', 'class_no', 'archived_at', 'archive_reason'])
      .where('archived_at', 'is not', null)
      .where('erased_at', 'is', null)
      .orderBy('archived_at')
      .execute();
    const today = clock.today();
    return rows.flatMap((r) => {
      const archivedAt = r.archived_at as string;
      const since = erasableSince(archivedAt, retentionYears);
      if (since > today) return [];
      return [{ id: r.id, name: r.name, gender: r.gender, grade: r.grade, classNo: r.class_no, archivedAt, archiveReason: r.archive_reason, erasableSince: since }];
    });
  }

  /** Every value the data policy marks as naming or reaching a person, from her file and her rows. */
  async function personalValues(child: ChildRow): Promise<string[]> {
    const values: unknown[] = identifyingColumns('child').map((c) => child[c]);
    for (const table of CHILD_ROW_TABLES) {
      const columns = identifyingColumns(table);
      if (columns.length === 0) continue;
      const rows = await sql<Record<string, unknown>>`select ${sql.join(columns.map((c) => sql.ref(c)))} from ${sql.table(table)} where ${herRows(table, child.id)}`.execute(db);
      for (const row of rows.rows) values.push(...Object.values(row));
    }
    return [...new Set(values.filter((v): v is string => typeof v === 'string' && v.length >= MIN_NEEDLE))];
  }

  async function check(childId: number, confirmName: string): Promise<ChildRow> {
    const child = await db.selectFrom('child').selectAll().where('id', '=', childId).executeTakeFirst();
    if (!child) throw new AppError('not_found', { entity: 'child' });
    if (child.erased_at) throw new AppError('conflict', { entity: 'already_erased' });
    if (!child.archived_at) throw new AppError('conflict', { entity: 'erase_not_archived' });
    const { retentionYears } = await readSettings(db);
    if (erasableSince(child.archived_at, retentionYears) > clock.today()) throw new AppError('conflict', { entity: 'erase_too_early' });
    if (confirmName.trim() !== child.name) throw invalid(['confirmName'], 'invalid');
    return child;
  }

  async function erase({ childId, confirmName }: ParsedInput<'privacy.erase'>): Promise<Omit<ErasureResult, 'fileCompacted'>> {
    const child = await check(childId, confirmName);
    const personal = await personalValues(child);
    const at = clock.stamp();
    const placeholder = erasedName(child.id);
    await markCompactionPending(db, at);
    await db
      .updateTable('child')
      .set({
        ...erasedValues('child'),
        name: placeholder,
        // Counts by age need the year: keep 1 January of the birth year.
        birth_date: child.birth_date ? `${child.birth_date.slice(0, 4)}-01-01` : null,
        erased_at: at,
        updated_at: at,
      })
      .where('id', '=', child.id)
      .execute();
    await eraseRecords(child.id, at);
    const auditRows = await scrubAuditLog(db, child.id, personal, at);
    await audit.record('privacy.erase', 'child', child.id, { auditRowsScrubbed: auditRows });
    return { childId: child.id, placeholder, erasedAt: at };
  }

  /**
   * What the data policy erases in her rows; dates, kinds and outcomes stay for the counts. The texts of an
   * incident she shared with other children go too: they name her.
   */
  async function eraseRecords(childId: number, at: string): Promise<void> {
    for (const table of CHILD_ROW_TABLES) {
      const values = Object.entries(erasedValues(table));
      if (values.length === 0) continue;
      const set = sql.join([...values.map(([c, v]) => sql`${sql.ref(c)} = ${v}`), sql`updated_at = ${at}`]);
      await sql`update ${sql.table(table)} set ${set} where ${herRows(table, childId)}`.execute(db);
    }
  }

  return { erasable, erase };
}

/**
 * privacy.erase runs outside dispatch's transaction (its contract entry says so): it erases in a
 * transaction of its own, then compacts the file once that has committed, so the overwritten values
 * leave the disk too (VACUUM cannot run inside a transaction).
 */
export async function eraseChild(ctx: MethodContext, input: ParsedInput<'privacy.erase'>): Promise<ErasureResult> {
  const erased = await ctx.db.transaction().execute((trx) => {
    const deps = { db: trx, clock: ctx.clock, actor: ctx.actor, audit: createAudit(trx, ctx.clock, ctx.actor) };
    return createErasureService(deps).erase(input);
  });
  return { ...erased, fileCompacted: compactAfterErasure(ctx.host.sqlite) };
}
