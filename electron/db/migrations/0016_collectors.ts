// Frozen in time: a migration never imports app code.
// Who may collect a child (issue 16): each child's list of collectors, "may not collect" entries among
// them, and on each visit how she asked to leave at the kiosk and whether that was held for a teacher.
// The guardian on file becomes each child's first collector. No photo column yet: photos are left for later.
import { sql, type Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('child_collector')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().references('child.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('relation', 'text')
    .addColumn('phone', 'text')
    .addColumn('may_collect', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('child_collector_child').on('child_collector').columns(['child_id', 'position']).execute();
  await sql`
    INSERT INTO child_collector (child_id, position, name, relation, phone, may_collect, note, created_at, updated_at)
    SELECT id, 0, guardian_name, guardian_relation, guardian_phone, 1, NULL, updated_at, updated_at
    FROM child WHERE guardian_name IS NOT NULL AND erased_at IS NULL
  `.execute(db);
  // What she tapped at the kiosk (mode and, for a collector, the name) and, when held, since when and why.
  await db.schema.alterTable('visit').addColumn('leave_request', 'text').execute();
  await db.schema.alterTable('visit').addColumn('leave_request_by', 'text').execute();
  await db.schema.alterTable('visit').addColumn('leave_held_at', 'text').execute();
  await db.schema.alterTable('visit').addColumn('leave_hold_reason', 'text').execute();
  // The teacher's reason when "someone else" (not on the list) collected her.
  await db.schema.alterTable('visit').addColumn('leave_note', 'text').execute();
}
