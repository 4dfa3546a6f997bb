// office-import: the school office's or the county's scheduled task: every weekly bundle under a
// folder is checked and stored in the office database (SQLite file, or PostgreSQL by URL).
import { importFolder, type ImportLine } from '../office/importFolder';
import { openOffice } from '../office/open';
import { officeTarget, shownTarget } from '../office/target';
import { AppError } from '../../shared/errors';
import { EXIT, stringOption, type Command } from './common';

const WORDS: Record<ImportLine['outcome']['kind'], string> = {
  stored: 'stored / 已导入',
  corrected: 'stored, corrects the earlier bundle / 已导入（更正版）',
  history: 'kept as history, a later revision counts / 已存为历史（已有更新版本）',
  already: 'already stored / 已导入过',
  conflict: 'refused: another bundle of this week and revision is stored / 未导入：该周同一版本已有不同的数据包',
  failed: 'failed the check / 核对未通过',
  partial: 'partial (week still running), not stored / 部分数据（本周未结束），未导入',
  refused: "refused: not this school's / 未导入：不属于本校",
};

function describe(line: ImportLine): string {
  const what = line.school ? `${line.school} ${line.room ?? ''} ${line.week ?? ''} r${line.revision ?? 1}` : line.folder;
  const reasons = line.outcome.kind === 'failed' ? `: ${line.outcome.problems.map((p) => JSON.stringify(p)).join('; ')}` : '';
  return `${what} [${line.folder}] — ${WORDS[line.outcome.kind]}${reasons}`;
}

export const officeImportCommand: Command = {
  args: '--from DIR [--db FILE | --url URL]',
  summary: 'Import weekly bundles into the office database / 导入周报到汇总数据库',
  options: { from: { type: 'string' }, db: { type: 'string' }, url: { type: 'string' } },
  async run({ values, out, now }) {
    const from = stringOption(values, 'from');
    if (!from) {
      out.error('Give the folder holding the bundles / 请指定周报所在文件夹: --from DIR');
      return EXIT.usage;
    }
    const target = officeTarget({ url: stringOption(values, 'url'), db: stringOption(values, 'db') });
    const office = await openOffice(target);
    try {
      const lines = await importFolder(office, from, now);
      const bad = (line: ImportLine) => ['failed', 'conflict', 'refused'].includes(line.outcome.kind);
      for (const line of lines) {
        if (bad(line)) out.error(describe(line));
        else out.log(describe(line));
      }
      out.log(`${lines.length} bundles read from ${from} into ${shownTarget(target)} / 共读取 ${lines.length} 份周报`);
      return lines.some(bad) ? EXIT.failed : EXIT.ok;
    } catch (error) {
      if (error instanceof AppError && error.code === 'folder_missing') {
        out.error(`Folder not found / 找不到文件夹: ${from}`);
        return EXIT.failed;
      }
      throw error;
    } finally {
      await office.close();
    }
  },
};
