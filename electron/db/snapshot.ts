// One moment of the room's file for the long reads of housekeeping (the weekly export, the register, her
// data export): a second, read-only connection holding one read transaction. With WAL the room goes on
// writing on the main connection meanwhile, and what the export reads stays that one moment's data.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import type { Database } from './schema';

export interface SnapshotOptions {
  /**
   * Answer a query asked again from the first answer. At one moment of a read-only file a query's rows
   * cannot change; the weekly export reads its sheets twice (the bundle, then its digest in English with
   * every column), and the second read cost a district's export half a second. The rows are kept until
   * the snapshot ends, so only for a job that reads one week.
   */
  keepResults?: boolean;
}

export async function withSnapshot<T>(file: string, work: (db: Kysely<Database>) => Promise<T>, options: SnapshotOptions = {}): Promise<T> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: options.keepResults ? keepingResults(sqlite) : sqlite }) });
  try {
    sqlite.exec('begin');
    // A WAL read transaction takes its snapshot at its first read, not at BEGIN.
    sqlite.prepare('select count(*) from sqlite_master').get();
    return await work(db);
  } finally {
    if (sqlite.inTransaction) sqlite.exec('commit');
    await db.destroy();
  }
}

function keepingResults(sqlite: SQLite.Database): SqliteDatabase {
  const results = new Map<string, unknown[]>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const statement = sqlite.prepare(sql);
      return {
        reader: statement.reader,
        all(parameters) {
          const key = `${sql}\u0000${JSON.stringify(parameters)}`;
          let rows = results.get(key);
          if (!rows) results.set(key, (rows = statement.all(parameters)));
          // A caller may sort or extend its array; the rows themselves are only read.
          return [...rows];
        },
        run: (parameters) => statement.run(parameters),
        iterate: (parameters) => statement.iterate(parameters),
      };
    },
  };
}
