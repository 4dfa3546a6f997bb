import type { Kysely } from 'kysely';
import type { SessionInfo } from '../../shared/domain';
import { compiledQuery, type Slots } from '../db/compiled';
import type { Database } from '../db/schema';
import type { Audit, Clock } from './deps';

// A type, not an interface: compiledQuery's values are a record of their keys.
type AuditValues = {
  staffId: number | null;
  role: string;
  action: string;
  table: string;
  rowId: number | null;
  details: string | null;
  at: string;
};

/** Every write's audit row: compiled once (db/compiled.ts), as every command runs it. */
const insertAudit = compiledQuery((db, slot: Slots<AuditValues>) =>
  db.insertInto('audit_log').values({
    actor_staff_id: slot('staffId'),
    actor_role: slot('role'),
    action: slot('action'),
    table_name: slot('table'),
    row_id: slot('rowId'),
    details: slot('details'),
    created_at: slot('at'),
    updated_at: slot('at'),
  }),
);

/** Appends to audit_log through the same handle (so the same transaction) as the write it records. */
/** actor: the signed-in session, or { role: 'system', staffId: null } for what the app does by itself. */
export function createAudit(db: Kysely<Database>, clock: Clock, actor: Pick<SessionInfo, 'staffId'> & { role: string }): Audit {
  return {
    async record(action, table, rowId, details) {
      const text = details ? JSON.stringify(details) : null;
      await insertAudit(db, { staffId: actor.staffId, role: actor.role, action, table, rowId, details: text, at: clock.stamp() });
    },
  };
}

/** For services used only to read (from a snapshot): writing there would be a bug, and says so. */
export const READ_ONLY_AUDIT: Audit = {
  record(action) {
    return Promise.reject(new Error(`${action}: nothing is written while reading a snapshot`));
  },
};
