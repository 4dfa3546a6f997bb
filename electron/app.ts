// Wires the app once: the database file, the clock, and the dispatch every transport calls.
import path from 'node:path';
import type { Kysely } from 'kysely';
import { version } from '../package.json';
import type SQLite from 'better-sqlite3';
import { openDatabase } from './db/open';
import type { Database } from './db/schema';
import { createDispatch, type Dispatch } from './dispatch';
import { createAudit } from './services/audit';
import { createCheckinsService, SYSTEM_ACTOR } from './services/checkins';
import { createClock } from './services/deps';
import { readSettings } from './services/settings';

export interface AppOptions {
  file: string;
  backupDir?: string;
  now?: () => Date;
}

export interface App {
  dispatch: Dispatch;
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  /** What the app does by itself on a timer and at start-up: closing-time check-out. */
  runScheduledTasks(): Promise<{ autoCheckedOut: number }>;
  close(): Promise<void>;
}


export async function createApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const opened = await openDatabase({ file: options.file, backupDir: options.backupDir, now });
  const db = opened.db;
  return {
    dispatch: createDispatch({
      db,
      now,
      host: {
        sqlite: opened.sqlite,
        databaseFile: options.file,
        defaultBackupDir: options.backupDir ?? path.join(path.dirname(options.file), 'backups'),
        appVersion: version,
      },
    }),
    db,
    sqlite: opened.sqlite,
    runScheduledTasks: () =>
      db.transaction().execute(async (trx) => {
        const clock = createClock(now, (await readSettings(trx)).timezone);
        const audit = createAudit(trx, clock, SYSTEM_ACTOR);
        const deps = { db: trx, clock, audit, actor: { role: 'kiosk' as const, staffId: null, staffName: null } };
        return { autoCheckedOut: await createCheckinsService(deps).autoCheckOut() };
      }),
    close: opened.close,
  };
}
