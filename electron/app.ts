// Wires the app once: the database file, the clock, and the dispatch every transport calls.
import path from 'node:path';
import type { Kysely } from 'kysely';
import pkg from '../package.json' with { type: 'json' };
import type SQLite from 'better-sqlite3';
import { openDatabase } from './db/open';
import { closeOfficeFor } from './office/appOffice';
import { redoPendingCompaction } from './services/privacy/compaction';
import type { Database } from './db/schema';
import { createDispatch, type Dispatch } from './dispatch';
import { createAudit } from './services/audit';
import { createCheckinsService, SYSTEM_ACTOR } from './services/room/checkins';
import { createClock } from './services/deps';
import { readSettings } from './services/settings/settings';
import { runScheduledBackup } from './services/backups/scheduled';
import { runScheduledExports } from './services/exports/scheduled';
import { NO_SECRETS, type FolderChooser, type Host, type SecretBox } from './host';

export interface AppOptions {
  file: string;
  backupDir?: string;
  now?: () => Date;
  /** main.ts passes Electron's dialog; tests a fake; without one (the command line) nothing is chosen. */
  chooseFolder?: FolderChooser;
  /** Electron's safeStorage in the app; absent elsewhere, where no password can be kept. */
  secrets?: SecretBox;
}

export interface ScheduledResult {
  autoCheckedOut: number;
  backup: string | null;
  exportedWeeks: string[];
}

export interface App {
  dispatch: Dispatch;
  db: Kysely<Database>;
  sqlite: SQLite.Database;
  host: Host;
  /** What the app does by itself on a timer and at start-up: closing-time check-out, daily backup, weekly export. */
  runScheduledTasks(): Promise<ScheduledResult>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const now = options.now ?? (() => new Date());
  const opened = await openDatabase({ file: options.file, backupDir: options.backupDir, now });
  const db = opened.db;
  redoPendingCompaction(opened.sqlite);
  const host: Host = {
    sqlite: opened.sqlite,
    databaseFile: options.file,
    defaultBackupDir: options.backupDir ?? path.join(path.dirname(options.file), 'backups'),
    appVersion: pkg.version,
    chooseFolder: options.chooseFolder ?? (() => Promise.resolve(null)),
    secrets: options.secrets ?? NO_SECRETS,
  };
  const autoCheckOut = () =>
    db.transaction().execute(async (trx) => {
      const clock = createClock(now, (await readSettings(trx)).timezone);
      const audit = createAudit(trx, clock, SYSTEM_ACTOR);
      const deps = { db: trx, clock, audit, actor: { role: 'kiosk' as const, staffId: null, staffName: null } };
      return createCheckinsService(deps).autoCheckOut();
    });
  return {
    dispatch: createDispatch({ db, now, host }),
    db,
    sqlite: opened.sqlite,
    host,
    // In this order: the day's visits are closed before the backup and the week's export read them.
    runScheduledTasks: async () => {
      const autoCheckedOut = await autoCheckOut();
      const backup = await runScheduledBackup({ db, now, host });
      const exportedWeeks = await runScheduledExports({ db, now, host });
      return { autoCheckedOut, backup, exportedWeeks };
    },
    close: async () => {
      await closeOfficeFor(host);
      await opened.close();
    },
  };
}
