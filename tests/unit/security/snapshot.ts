// A fingerprint of everything in the database: the schema, the version and every row of every table,
// audit_log and access_log included (a rejected read must not leave a trace either).
import { createHash } from 'node:crypto';
import type SQLite from 'better-sqlite3';

export interface Snapshot {
  hash: string;
  /** Rows per table, to say where a difference is. */
  counts: Record<string, number>;
}

interface Prepared {
  schema: string;
  tables: { name: string; rows: SQLite.Statement }[];
}

// Prepared once per connection and schema: the fuzz test fingerprints the database after every call.
const prepared = new WeakMap<SQLite.Database, Prepared>();

function statements(sqlite: SQLite.Database): Prepared {
  const objects = sqlite.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    type: string;
    name: string;
    sql: string | null;
  }[];
  const schema = `${String(sqlite.pragma('user_version', { simple: true }))}\u0000${objects.map((o) => `${o.name}\u0000${o.sql ?? ''}`).join('\u0000')}`;
  const cached = prepared.get(sqlite);
  if (cached?.schema === schema) return cached;
  const tables = objects.filter((o) => o.type === 'table').map((o) => ({ name: o.name, rows: sqlite.prepare(`SELECT * FROM "${o.name}" ORDER BY rowid`).raw() }));
  const fresh = { schema, tables };
  prepared.set(sqlite, fresh);
  return fresh;
}

export function snapshot(sqlite: SQLite.Database): Snapshot {
  const { schema, tables } = statements(sqlite);
  const hash = createHash('sha256').update(schema);
  const counts: Record<string, number> = {};
  for (const { name, rows } of tables) {
    const all = rows.all();
    counts[name] = all.length;
    hash.update(`${name}\u0000${JSON.stringify(all, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value))}`);
  }
  return { hash: hash.digest('hex'), counts };
}

/** Which tables differ in row count; empty when only values changed. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...Object.keys(before.counts), ...Object.keys(after.counts)]);
  return [...names].filter((n) => before.counts[n] !== after.counts[n]).sort();
}
