// Frozen in time: a migration never imports app code.
// A child's photo for the kiosk, only with her guardian's consent: who consented and when on her file
// (NULL for every child already on file), and the small image in a table of its own so that no list of
// children ever reads the bytes; and a photo for each of her collectors.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('child').addColumn('photo_consent_by', 'text').execute();
  await db.schema.alterTable('child').addColumn('photo_consent_on', 'text').execute();
  await db.schema
    .createTable('child_photo')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('child_id', 'integer', (c) => c.notNull().unique().references('child.id'))
    // NULL only after erasure, which overwrites the bytes before the file is compacted.
    .addColumn('photo', 'blob')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The faces of the people who may collect her, shown at the kiosk's 家人来接, under the same consent.
  await db.schema.alterTable('child_collector').addColumn('photo', 'blob').execute();
}
