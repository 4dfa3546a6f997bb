// export-week: one week's bundle for the school office without the window, e.g. from a scheduled task.
import fs from 'node:fs';
import path from 'node:path';
import { manifestSchema, MANIFEST_FILE } from '../../shared/bundle';
import { AppError, isBusyError } from '../../shared/errors';
import { exportWeekAsSystem } from '../services/exports/weekExport';
import { addDays } from '../services/room/checkins';
import { createClock } from '../services/deps';
import { mondayOfWeek, weekOf } from '../services/exports/week';
import { readSettings } from '../services/settings/settings';
import { dbFile, dbOption, EXIT, stringOption, withApp, type CliOutput, type Command } from './common';

function explain(error: AppError, out: CliOutput, week: string): void {
  const where = error.details?.path ?? '';
  if (error.code === 'folder_missing') out.error(`Folder not found / 找不到文件夹: ${where}`);
  else if (error.code === 'file_write_failed') out.error(`Could not write / 无法写入: ${where}`);
  else if (error.code === 'invalid_input' && error.details?.issues?.[0]?.code === 'date_future') out.error(`Week ${week} has not begun yet / 该周尚未开始: ${week}`);
  else out.error(`Export failed / 导出失败: ${error.code}`);
}

/** A weekly scheduled task names the week by where it stands, in the room's time zone: `last` is the last finished week. */
const RELATIVE_WEEKS = ['last', 'current'] as const;
type RelativeWeek = (typeof RELATIVE_WEEKS)[number];

function isRelative(week: string): week is RelativeWeek {
  return (RELATIVE_WEEKS as readonly string[]).includes(week);
}

export function resolveWeek(week: string, today: string): string {
  if (!isRelative(week)) return week;
  return weekOf(week === 'last' ? addDays(today, -7) : today);
}

/** Each try already waits the busy timeout; a scheduled export while the room is busy gets three. */
const BUSY_TRIES = 3;

async function retryWhileBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await work();
    } catch (error) {
      if (!isBusyError(error) || tried >= BUSY_TRIES) throw error;
    }
  }
}

export const exportWeekCommand: Command = {
  args: '--week YYYY-Www|last|current --out DIR [--db FILE] [--include-contacts]',
  summary: "Write one week's bundle for the school office / 导出一周数据包",
  options: { ...dbOption, week: { type: 'string' }, out: { type: 'string' }, 'include-contacts': { type: 'boolean' } },
  async run({ values, out, now }) {
    const asked = stringOption(values, 'week');
    const dir = stringOption(values, 'out');
    if (!asked || !(isRelative(asked) || mondayOfWeek(asked))) {
      out.error(`Not an ISO week / 周次无效: ${asked ?? '(none)'} — e.g. --week 2026-W47, --week last`);
      return EXIT.usage;
    }
    if (!dir) {
      out.error('Give the folder to write into / 请指定导出文件夹: --out DIR');
      return EXIT.usage;
    }
    const file = dbFile(values);
    // Opening a missing file would create an empty database: say so instead.
    if (!fs.existsSync(file)) {
      out.error(`Database not found / 找不到数据库: ${file}`);
      return EXIT.failed;
    }
    return withApp(file, now, async (app) => {
      const settings = await readSettings(app.db);
      if (!settings.schoolName) {
        out.error(`This database is not set up yet / 此数据库尚未完成初始设置: ${file}`);
        return EXIT.failed;
      }
      const week = resolveWeek(asked, createClock(now, settings.timezone).today());
      const includeContacts = values['include-contacts'] === true;
      try {
        const run = await retryWhileBusy(() => exportWeekAsSystem({ db: app.db, now, host: app.host }, { week, folder: path.resolve(dir), includeContacts, trigger: 'cli' }));
        const manifest = manifestSchema.parse(JSON.parse(fs.readFileSync(path.join(run.bundlePath, MANIFEST_FILE), 'utf8')));
        out.log(`Bundle / 数据包: ${run.bundlePath}`);
        for (const sheet of manifest.sheets) out.log(`  ${sheet.key.padEnd(12)}${String(sheet.rows).padStart(7)}  ${sheet.title}`);
        out.log(`Rows / 行数: ${run.rows}; files / 文件: ${run.files}; contact details / 联系方式: ${includeContacts ? 'yes / 含' : 'no / 不含'}`);
        return EXIT.ok;
      } catch (error) {
        if (isBusyError(error)) {
          out.error('The database is in use, try again / 数据库正被其他程序使用，请稍后重试');
          return EXIT.failed;
        }
        if (!(error instanceof AppError)) throw error;
        explain(error, out, week);
        return EXIT.failed;
      }
    });
  },
};
