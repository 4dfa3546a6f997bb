import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/domain';
import type { Database } from '../db/schema';
import type { Audit, Clock } from './deps';

/** Appends to audit_log through the same handle (so the same transaction) as the write it records. */
/** actor: the signed-in session, or { role: 'system', staffId: null } for what the app does by itself. */
export function createAudit(db: Kysely<Database>, clock: Clock, actor: Pick<SessionInfo, 'staffId'> & { role: string }): Audit {
  return {
    async record(action, table, rowId, details) {
      const at = clock.stamp();
      await db
        .insertInto('audit_log')
        .values({
          actor_staff_id: actor.staffId,
          actor_role: actor.role,
          action,
          table_name: table,
          row_id: rowId,
          details: details ? JSON.stringify(details) : null,
          created_at: at,
          updated_at: at,
        })
        .execute();
    },
  };
}

/** For services used only to read (from a snapshot): writing there would be a bug, and says so. */
export const READ_ONLY_AUDIT: Audit = {
  record(action) {
    return Promise.reject(new Error(`${action}: nothing is written while reading a snapshot`));
  },
};
