// Kysely's SQLite driver prepares every statement anew (`db.prepare(sql)` per query); preparing costs
// more than running the small statements of a kiosk tap. Kysely compiles the same SQL text for the
// same query shape (values are parameters), so a prepared statement is kept per SQL text, the most
// recently used few hundred.
import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const CAPACITY = 400;

export function withStatementCache(sqlite: SQLite.Database, capacity = CAPACITY): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        // Map keeps insertion order: re-inserting marks it most recent.
        statements.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statements.size >= capacity) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      // A statement still being iterated (a streamed query) cannot run again until it ends.
      return statement.busy ? sqlite.prepare(sql) : statement;
    },
  };
}
