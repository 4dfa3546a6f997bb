// One moment of the room's file for the long reads of housekeeping (the weekly export, the register, her
// data export): a second, read-only connection holding one read transaction. With WAL the room goes on
// writing on the main connection meanwhile, and what the export reads stays that one moment's data.
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export async function withSnapshot<T>(file: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
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
