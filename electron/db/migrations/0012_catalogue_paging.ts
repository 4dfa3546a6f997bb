// Frozen in time: a migration never imports app code.
// PLACEHOLDER: reserved for issue #8 item 7 work in progress; filled or removed before landing.
import type { Kysely } from 'kysely';

/* eslint-disable @typescript-eslint/no-explicit-any -- migrations see the database as it was then */
export async function up(_db: Kysely<any>): Promise<void> {}
