// The room's settings kept in the main process: dispatch needs them on every kiosk tap (time zone, idle
// lock, clock), and reading the `setting` table each time cost more than a check-in's own statements.
// A temporary trigger on `setting` bumps a counter on any write through this connection (the settings
// method, a restore that replaces the rows, a test's direct insert, a rolled-back write: all count), and
// `PRAGMA data_version` changes when another program (the command line) commits to the file.
import type SQLite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Settings } from '../../shared/domain';
import type { Database } from '../db/schema';
import { readSettings } from './settings/settings';

interface Watch {
  generation: number;
  dataVersion: SQLite.Statement;
  cached: { settings: Settings; generation: number; dataVersion: unknown } | null;
}

const watches = new WeakMap<SQLite.Database, Watch>();

function watchOf(sqlite: SQLite.Database): Watch {
  let watch = watches.get(sqlite);
  if (!watch) {
    const created: Watch = { generation: 0, dataVersion: sqlite.prepare('PRAGMA data_version').pluck(), cached: null };
    sqlite.function('children_home_setting_changed', { deterministic: false }, () => {
      created.generation++;
      return null;
    });
    watch = created;
    watches.set(sqlite, watch);
  }
  return watch;
}

/** Re-created on every miss: a migration that rebuilds `setting` drops the temporary triggers on it. */
function installTriggers(sqlite: SQLite.Database): void {
  for (const event of ['insert', 'update', 'delete']) {
    sqlite.exec(
      `create temp trigger if not exists children_home_setting_${event} after ${event} on main.setting
       begin select children_home_setting_changed(); end`,
    );
  }
}

/**
 * The settings of the database behind `sqlite`, read through `db` (so behind any open transaction of
 * another command) only when something may have changed them since the last read.
 */
export async function cachedSettings(sqlite: SQLite.Database, db: Kysely<Database>): Promise<Settings> {
  const watch = watchOf(sqlite);
  const dataVersion = watch.dataVersion.get();
  const hit = watch.cached;
  if (hit && hit.generation === watch.generation && hit.dataVersion === dataVersion) return hit.settings;
  // Inside another command's transaction a new trigger would be undone by its rollback: read, keep nothing.
  if (sqlite.inTransaction) return readSettings(db);
  installTriggers(sqlite);
  // Taken before the read: a write landing meanwhile makes this entry stale at the next call.
  const generation = watch.generation;
  // Shared by every command until the next change: nobody may alter it.
  const settings = Object.freeze(await readSettings(db));
  watch.cached = { settings, generation, dataVersion };
  return settings;
}
