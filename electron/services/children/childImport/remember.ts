// The admin's column choices, kept for the next import: a school sends the same layout every term.
import type { Kysely } from 'kysely';
import { CHILD_IMPORT_FIELDS, type ChildImportField } from '../../../../shared/domain';
import type { Database } from '../../../db/schema';
import { headerKey } from './columns';
import type { Remembered } from './header';

/** Not one of the Settings (readSettings ignores it): a map the import alone reads and writes. */
const KEY = 'childImport.mapping';

const isField = (v: unknown): v is ChildImportField => (CHILD_IMPORT_FIELDS as readonly unknown[]).includes(v);

export async function readRemembered(db: Kysely<Database>): Promise<Map<string, ChildImportField | null>> {
  const row = await db.selectFrom('setting').select('value').where('key', '=', KEY).executeTakeFirst();
  const map = new Map<string, ChildImportField | null>();
  if (!row) return map;
  const stored = JSON.parse(row.value) as unknown;
  if (stored && typeof stored === 'object') {
    for (const [key, field] of Object.entries(stored)) if (field === null || isField(field)) map.set(key, field);
  }
  return map;
}

export async function remember(db: Kysely<Database>, at: string, before: Remembered, choices: { header: string; field: ChildImportField | null }[]): Promise<void> {
  const map = new Map(before);
  for (const c of choices) if (c.header) map.set(headerKey(c.header), c.field);
  const value = JSON.stringify(Object.fromEntries(map));
  await db
    .insertInto('setting')
    .values({ key: KEY, value, created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at }))
    .execute();
}
