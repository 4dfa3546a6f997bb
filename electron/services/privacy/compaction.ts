// After an erasure the old values still sit in free pages, in the unused space of pages and in the WAL;
// only rewriting the file (VACUUM) and emptying the WAL removes them. That step can be cut short (a power
// cut, a reader holding an old snapshot), so the erasure records that it is pending in its own transaction
// and the app redoes the rewrite at start until it has been done whole.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** A setting row no screen reads (readSettings takes only the keys it knows). */
const PENDING_KEY = 'erasureCompactionPending';
/** Each try waits the busy timeout for readers to move on to the newest snapshot. */
const CHECKPOINT_TRIES = 3;

/** Written in the erasure's own transaction: if the erasure is committed, so is the need to compact. */
export async function markCompactionPending(db: Kysely<Database>, at: string): Promise<void> {
  await db
    .insertInto('setting')
    .values({ key: PENDING_KEY, value: 'true', created_at: at, updated_at: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true', updated_at: at }))
    .execute();
}

export function compactionPending(sqlite: SQLite.Database): boolean {
  return sqlite.prepare('select 1 from setting where key = ?').get(PENDING_KEY) !== undefined;
}

/**
 * Copies the whole WAL into the file and empties it. TRUNCATE waits (the busy handler) for readers still on
 * an older snapshot, whose pages the WAL must keep; if one outlasts the timeout the checkpoint says busy.
 */
function checkpoint(sqlite: SQLite.Database): boolean {
  for (let tried = 0; tried < CHECKPOINT_TRIES; tried++) {
    const [row] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (row?.busy === 0) return true;
  }
  return false;
}

/**
 * Rewrites the file so erased values survive nowhere in it, then clears the pending mark. Answers whether it
 * was done; if not, the mark stays and the next start tries again. Needs no transaction open.
 */
export function compactAfterErasure(sqlite: SQLite.Database): boolean {
  try {
    // Before the rewrite: a reader's old snapshot would otherwise keep erased pages in the WAL.
    if (!checkpoint(sqlite)) return false;
    sqlite.exec('VACUUM');
    if (!checkpoint(sqlite)) return false;
    sqlite.prepare('delete from setting where key = ?').run(PENDING_KEY);
    return checkpoint(sqlite);
  } catch (error) {
    console.error('[privacy.erase] compacting the database failed', error);
    return false;
  }
}

/** At start: an erasure whose rewrite was cut short is finished before anything else reads the file. */
export function redoPendingCompaction(sqlite: SQLite.Database): boolean {
  return compactionPending(sqlite) ? compactAfterErasure(sqlite) : true;
}
