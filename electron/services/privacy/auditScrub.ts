// The audit log keeps what happened to an erased child's records (which action, which row, when, ids,
// counts), never a personal value: names, phones, addresses, reasons and notes typed by staff.
import { sql, type Kysely } from 'kysely';
import { CHILD_ROW_TABLES } from '../../db/dataPolicy';
import { herRows } from '../../db/herRows';
import type { Database } from '../../db/schema';

/** Keys whose string values are codes, dates or field names, never something a person typed about her. */
const SAFE_KEYS = new Set([
  'outcome',
  'status',
  'via',
  'kind',
  'semester',
  'date',
  'dueOn',
  'before',
  'after',
  'from',
  'to',
  'checkedInAt',
  'checkedOutAt',
  'checkoutMethod',
  'leaveMode',
  'contactWith',
  'contactMode',
  'growthArea',
  'changed',
]);

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * strict (a row about her): a string stays only under a safe key and without a personal value.
 * loose (a row elsewhere that mentions her): only strings holding a personal value go.
 */
export function scrub(value: Json, key: string | null, personal: readonly string[], strict: boolean): Json {
  if (typeof value === 'string') {
    const mentions = personal.some((p) => value.includes(p));
    if (strict) return key !== null && SAFE_KEYS.has(key) && !mentions ? value : null;
    return mentions ? null : value;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, key, personal, strict));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, k, personal, strict)]));
  }
  return value;
}

/** Rewrites the details of every audit row about the child, or mentioning one of her personal values. */
export async function scrubAuditLog(db: Kysely<Database>, childId: number, personal: readonly string[], at: string): Promise<number> {
  // Values as they appear inside JSON text (quotes and newlines escaped), as audit.record stored them.
  const needles = personal.map((p) => JSON.stringify(p).slice(1, -1));
  const ownRow = sql<boolean>`(table_name = 'child' and row_id = ${childId})
    or (json_valid(details) and json_extract(details, '$.childId') = ${childId})
    or ${sql.join(
      CHILD_ROW_TABLES.map((t) => sql`(table_name = ${t} and row_id in (select id from ${sql.table(t)} where ${herRows(t, childId)}))`),
      sql` or `,
    )}`;
  const mentions = needles.length
    ? sql.join(
        needles.map((n) => sql`instr(details, ${n}) > 0`),
        sql` or `,
      )
    : sql`0`;
  const rows = await db
    .selectFrom('audit_log')
    .select(['id', 'details', 'table_name', 'row_id', sql<number>`${ownRow}`.as('own')])
    .where('details', 'is not', null)
    .where(sql<boolean>`(${ownRow}) or (${mentions})`)
    .execute();

  let changed = 0;
  for (const row of rows) {
    // Another child's own file row (a namesake's children.create) stays as it is.
    if (!row.own && row.table_name === 'child') continue;
    const before = row.details as string;
    const after = JSON.stringify(scrub(JSON.parse(before) as Json, null, personal, row.own === 1));
    if (after === before) continue;
    await db.updateTable('audit_log').set({ details: after, updated_at: at }).where('id', '=', row.id).execute();
    changed += 1;
  }
  return changed;
}
