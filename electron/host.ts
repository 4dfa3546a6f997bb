// What the app was started with, beyond the database: files on disk and the raw SQLite handle.
import type { Kysely } from 'kysely';
import type SQLite from 'better-sqlite3';
import type { Database } from './db/schema';

export interface Host {
  sqlite: SQLite.Database;
  databaseFile: string;
  /** Backups go here unless Settings.backupFolder names another folder. */
  defaultBackupDir: string;
  appVersion: string;
  /** The system's folder chooser (Electron's dialog.showOpenDialog); null when cancelled or with no window. */
  chooseFolder: FolderChooser;
  /** Seals secrets kept on disk (the county server's password): Electron's safeStorage in the app. */
  secrets: SecretBox;
}

export type FolderChooser = (startIn: string | null) => Promise<string | null>;

export interface SecretBox {
  available(): boolean;
  /** Sealed text, base64. */
  encrypt(text: string): string;
  decrypt(sealed: string): string;
}

/** Outside Electron (tests, tools) nothing can be sealed: a password is refused rather than kept in clear. */
export const NO_SECRETS: SecretBox = {
  available: () => false,
  encrypt: () => {
    throw new Error('no secret storage here');
  },
  decrypt: () => {
    throw new Error('no secret storage here');
  },
};

/** What a task the app runs by itself (on a timer, at start-up) receives: no session, no transaction. */
export interface TaskContext {
  db: Kysely<Database>;
  now: () => Date;
  host: Host;
}
