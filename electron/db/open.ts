// Opens the room's SQLite file: pragmas for a PC that loses power, then pending migrations,
// each in its own transaction, after a backup copy of the file as it was.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AppError } from '../../shared/errors';
import { LATEST_VERSION, migrations } from './migrations';
import type { Database } from './schema';

export interface OpenOptions {
  file: string;
  /** Where the pre-migration copy goes; defaults to `backups/` beside the file. */
  backupDir?: string;
  /** Migrate only this far (tests of older versions); defaults to the latest. */
  targetVersion?: number;
  now?: () => Date;
}

export interface OpenDatabase {
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  /** The copy made before migrating, if one was needed. */
  backupFile: string | null;
  close(): Promise<void>;
}

export function schemaVersion(sqlite: SQLite.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

export async function openDatabase(options: OpenOptions): Promise<OpenDatabase> {
  const target = options.targetVersion ?? LATEST_VERSION;
  fs.mkdirSync(path.dirname(options.file), { recursive: true });
  const sqlite = new SQLite(options.file);
  sqlite.pragma('busy_timeout = 5000');

  // Before any pragma that writes the file (journal_mode = WAL does): a newer database stays untouched.
  const current = schemaVersion(sqlite);
  if (current > LATEST_VERSION) {
    sqlite.close();
    throw new AppError('database_newer');
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  let backupFile: string | null = null;
  if (current < target && current > 0) {
    const dir = options.backupDir ?? path.join(path.dirname(options.file), 'backups');
    fs.mkdirSync(dir, { recursive: true });
    const stamp = (options.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    backupFile = path.join(dir, `pre-migration-v${current}-${stamp}.sqlite`);
    await sqlite.backup(backupFile);
  }
  await migrateTo(db, current, target);

  return {
    db,
    sqlite,
    backupFile,
    close: () => db.destroy(),
  };
}

async function migrateTo(db: Kysely<Database>, from: number, to: number): Promise<void> {
  for (const migration of migrations.filter((m) => m.version > from && m.version <= to)) {
    await db.transaction().execute(async (trx) => {
      await migration.up(trx);
      // user_version lives in the file header, which SQLite writes inside this transaction.
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
  }
}
