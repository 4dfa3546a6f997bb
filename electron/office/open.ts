// Opening the office database: an SQLite file by default (nothing to install), or PostgreSQL when a
// connection is given (a URL on the command line, the settings' connection in the app).
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { AppError } from '../../shared/errors';
import { officeMigrations, type OfficeDialect } from './migrations';
import type { OfficeDatabase } from './schema';

/** `tls`: encrypt the connection as libpq's sslmode=require does (a county's own certificate is often self-signed). */
export type OfficeTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; tls?: boolean };

export interface OfficeDb {
  db: Kysely<OfficeDatabase>;
  dialect: OfficeDialect;
  close(): Promise<void>;
}

function connect(target: OfficeTarget): OfficeDb {
  if (target.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const db = new Kysely<OfficeDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: 4,
    ssl: target.tls ? { rejectUnauthorized: false } : undefined,
    // An office PC on a slow county network: wait, but not for ever, for a server that does not answer.
    connectionTimeoutMillis: 10_000,
  });
  const db = new Kysely<OfficeDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

/** Runs the office migrations; on PostgreSQL only the database's owner may (county-init does). */
export async function migrateOffice(office: OfficeDb): Promise<void> {
  const migrator = new Migrator({ db: office.db, provider: officeMigrations(office.dialect) });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new AppError('internal');
}

/**
 * Opens the office database. An SQLite file is migrated on opening, as the room's is; a PostgreSQL
 * server is migrated by `county-init`, since a school's role may not change the schema.
 */
export async function openOffice(target: OfficeTarget, options: { migrate?: boolean } = {}): Promise<OfficeDb> {
  const office = connect(target);
  try {
    if (options.migrate ?? target.kind === 'sqlite') await migrateOffice(office);
    return office;
  } catch (error) {
    await office.close();
    throw error;
  }
}
