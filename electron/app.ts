// Wires the app once: the database file, the clock, and the dispatch every transport calls.
import type { Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import { openDatabase } from './db/open';
import type { Database } from './db/schema';
import { createDispatch, type Dispatch } from './dispatch';

export interface AppOptions {
  file: string;
  backupDir?: string;
  now?: () => Date;
}

export interface App {
  dispatch: Dispatch;
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const opened = await openDatabase({ file: options.file, backupDir: options.backupDir, now });
  return {
    dispatch: createDispatch({ db: opened.db, now }),
    db: opened.db,
    sqlite: opened.sqlite,
    close: opened.close,
  };
}
