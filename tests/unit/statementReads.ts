// What SQL a call reads, seen where statements run. The app prepares each statement once and keeps it
// (electron/db/statementCache.ts), so watching `prepare` would miss every statement prepared before.
import type SQLite from 'better-sqlite3';

type All = (this: { source: string }, ...params: unknown[]) => unknown[];

export async function readsDuring<T>(sqlite: SQLite.Database, work: () => Promise<T>): Promise<{ value: T; reads: { sql: string; params: unknown[] }[] }> {
  const proto = Object.getPrototypeOf(sqlite.prepare('select 1')) as { all: All };
  const all = proto.all;
  const reads: { sql: string; params: unknown[] }[] = [];
  proto.all = function (this: { source: string }, ...params: unknown[]) {
    reads.push({ sql: this.source, params });
    return all.apply(this, params);
  };
  try {
    return { value: await work(), reads };
  } finally {
    proto.all = all;
  }
}
