// Frozen in time: a migration never imports app code.
// The national survey's fields the child's file lacked (身体状况, 家庭主要经济来源, 受委托监护人情况,
// 村(居)委会联系人): optional, unknown (NULL) for every child already on file.
import type { Kysely } from 'kysely';

const COLUMNS = ['health_status', 'income_source', 'guardian_situation', 'village_contact_name', 'village_contact_phone'];

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('child').addColumn(column, 'text').execute();
}
