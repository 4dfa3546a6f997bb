// `backup [--db FILE] [--out DIR]` and `restore --from FILE [--db FILE]`: what a scheduled task, or
// a person at a broken PC, runs without the window.
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { StartupError } from '../db/open';
import { createAudit } from '../services/audit';
import { checkBackupFile } from '../services/backups/check';
import { backupFolderOf, prepareFolder } from '../services/backups/files';
import { restoreFromFile } from '../services/backups/restore';
import { backupNow } from '../services/backups/service';
import { replaceDatabaseFile } from '../services/backups/startup';
import { createClock, type Clock } from '../services/deps';
import { readSettings } from '../services/settings/settings';
import type { App } from '../app';
import { dbFile, dbOption, stringOption, withApp, EXIT, type CliOutput, type Command } from './common';
import { heldBy, inUseMarkOf } from './inUse';

const CLI_ACTOR = { role: 'cli', staffId: null } as const;

async function clockOf(app: App, now: () => Date): Promise<Clock> {
  return createClock(now, (await readSettings(app.db)).timezone);
}

export const backupCommand: Command = {
  args: '[--db FILE] [--out DIR]',
  summary: 'Back up the database now (default: the backup folder) / 立即备份数据库（默认存入备份文件夹）',
  options: { ...dbOption, out: { type: 'string' } },
  async run({ values, out, now }) {
    const file = dbFile(values);
    const outDir = stringOption(values, 'out');
    out.log(`Database / 数据库: ${file}`);
    return withApp(file, now, async (app) => {
      const clock = await clockOf(app, now);
      const target = outDir ? { folder: path.resolve(outDir), chosen: true } : await backupFolderOf(app.db, app.host);
      try {
        const written = await backupNow({ db: app.db, clock, audit: createAudit(app.db, clock, CLI_ACTOR), host: app.host }, target);
        out.log(`Backup written / 备份已写入: ${path.join(target.folder, written.name)}`);
        return EXIT.ok;
      } catch (error) {
        return explain(error, out);
      }
    });
  },
};

export const restoreCommand: Command = {
  args: '--from FILE [--db FILE]',
  summary: 'Restore the database from a backup file, keeping the current one aside / 从备份文件恢复数据库（当前文件另存）',
  options: { ...dbOption, from: { type: 'string' } },
  async run({ values, out, now }) {
    const from = stringOption(values, 'from');
    if (!from) {
      out.error('Missing --from FILE / 缺少 --from 备份文件');
      return EXIT.usage;
    }
    const file = dbFile(values);
    const holder = heldBy(file);
    if (holder !== null) {
      out.error(`Not restored: the app is open and using this database (process ${holder}). Close the app first. / 未恢复：程序正在使用此数据库（进程 ${holder}），请先关闭程序。`);
      out.error(`If the app is really closed, delete / 如果程序确实已关闭，请删除: ${inUseMarkOf(file)}`);
      return EXIT.failed;
    }
    try {
      // Checked before the database is even opened: a bad backup changes nothing.
      checkBackupFile(from);
      return await restoreInto(file, path.resolve(from), now, out);
    } catch (error) {
      return explain(error, out);
    }
  },
};

async function restoreInto(file: string, from: string, now: () => Date, out: CliOutput): Promise<number> {
  try {
    return await withApp(file, now, async (app) => {
      const clock = await clockOf(app, now);
      const target = await backupFolderOf(app.db, app.host);
      prepareFolder(target);
      const result = await restoreFromFile({ db: app.db, host: app.host, clock, actor: CLI_ACTOR }, from, target.folder);
      out.log(`Restored from / 已恢复自: ${from} (schema version / 结构版本 ${result.schemaVersion})`);
      out.log(`The database before the restore was kept as / 恢复前的数据库已另存为: ${path.join(target.folder, result.keptAside)}`);
      return EXIT.ok;
    });
  } catch (error) {
    if (!(error instanceof StartupError && error.kind === 'corrupt')) throw error;
  }
  // The current file cannot be read, so it cannot be backed up: it is moved aside whole instead.
  const replaced = replaceDatabaseFile(file, from, now());
  out.log(`The damaged database was kept as / 损坏的数据库已另存为: ${replaced.keptAside.join(', ')}`);
  return withApp(file, now, async (app) => {
    const clock = await clockOf(app, now);
    await createAudit(app.db, clock, CLI_ACTOR).record('backups.restore', 'database', null, { restoredFrom: from, keptAside: replaced.keptAside });
    out.log(`Restored from / 已恢复自: ${from}`);
    return EXIT.ok;
  });
}

const INVALID: Record<string, string> = {
  integrity: 'the file is damaged / 文件已损坏',
  newer: 'it was made by a newer version of this app / 它来自更新版本的程序',
  not_ours: "it is not a Children's Home database / 它不是留守儿童之家的数据库",
  unreadable: 'the file cannot be read as a database / 文件无法作为数据库读取',
};

/** Plain words for what went wrong; the database is unchanged in every case. */
function explain(error: unknown, out: CliOutput): number {
  if (!(error instanceof AppError) || error instanceof StartupError) throw error;
  const where = error.details?.path ?? '';
  if (error.code === 'backup_invalid') {
    out.error(`Not restored, ${INVALID[error.details?.reason ?? 'unreadable']} / 未恢复: ${where}`);
  } else if (error.code === 'folder_missing') {
    out.error(`Folder not found (is the USB drive plugged in?) / 找不到文件夹（U 盘是否已插好？）: ${where}`);
  } else if (error.code === 'file_write_failed') {
    out.error(`Could not write (disk full or read-only?) / 无法写入（磁盘已满或只读？）: ${where}`);
  } else {
    throw error;
  }
  return EXIT.failed;
}
