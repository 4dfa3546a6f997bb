// import-children: the child import's preview (and, without --dry-run, the import) for a school's IT
// person, on the same rules as the app's import screen (suggested mapping and remembered choices).
import fs from 'node:fs';
import path from 'node:path';
import type { ChildImportPreview } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { createAudit } from '../services/audit';
import { createChildImportService } from '../services/children/childImport';
import { readChildFile } from '../services/children/childImport/file';
import { createClock, type ServiceDeps } from '../services/deps';
import { readSettings } from '../services/settings/settings';
import type { Database } from '../db/schema';
import type { Kysely } from 'kysely';
import { dbFile, dbOption, EXIT, withApp, type CliOutput, type Command } from './common';

/** What the audit log and the services see as the one acting: nobody signed in, the command line. */
const CLI_ACTOR = { role: 'admin', staffId: null, staffName: null } as const;

/** One object for scripts: the rows as the preview has them, without footers, and the counts. */
export function previewJson(preview: ChildImportPreview) {
  return {
    rows: preview.rows.map((r) => ({
      row: r.rowNumber,
      status: r.status,
      name: r.name,
      fields: r.fields,
      problems: r.problems.map((p) => ({ column: p.column, code: p.code })),
      ...(r.repeatOf ? { repeatOf: r.repeatOf } : {}),
    })),
    summary: preview.counts,
  };
}

function printText(preview: ChildImportPreview, out: CliOutput): void {
  out.log(`Sheet / 工作表: ${preview.sheetName}; header rows / 表头行: ${preview.headerRows.join(', ')}`);
  for (const c of preview.columns) out.log(`  ${c.header.padEnd(16)} → ${c.field ?? '(ignored / 忽略)'}`);
  for (const r of preview.rows) {
    const problems = r.problems.map((p) => `${p.column}: ${p.code}${p.value ? ` (${p.value})` : ''}`).join('; ');
    out.log(`${String(r.rowNumber).padStart(5)}  ${r.status.padEnd(8)} ${r.name ?? '—'}${problems ? `  — ${problems}` : ''}`);
  }
  const c = preview.counts;
  out.log(`new / 新增 ${c.new}, update / 更新 ${c.update}, repeat / 重复 ${c.repeat}, skipped / 跳过 ${c.skipped}, error / 有误 ${c.error}`);
}

async function depsOf(db: Kysely<Database>, now: () => Date): Promise<ServiceDeps> {
  const clock = createClock(now, (await readSettings(db)).timezone);
  return { db, clock, actor: CLI_ACTOR, audit: createAudit(db, clock, { role: 'cli', staffId: null }) };
}

export const importChildrenCommand: Command = {
  args: 'FILE [--db FILE] [--dry-run] [--json]',
  summary: 'Import children from a roster (.xlsx/.csv) / 导入儿童花名册',
  positionals: true,
  options: { ...dbOption, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  async run({ values, positionals, out, now }) {
    const roster = positionals?.[0];
    if (!roster || (positionals?.length ?? 0) > 1) {
      out.error('Give one file of children / 请指定一个花名册文件: import-children FILE');
      return EXIT.usage;
    }
    if (!fs.existsSync(roster)) {
      out.error(`File not found / 找不到文件: ${roster}`);
      return EXIT.failed;
    }
    const file = dbFile(values);
    if (!fs.existsSync(file)) {
      out.error(`Database not found / 找不到数据库: ${file}`);
      return EXIT.failed;
    }
    const request = { fileName: path.basename(roster), dataBase64: fs.readFileSync(roster).toString('base64') };
    return withApp(file, now, async (app) => {
      try {
        // Read and mapped before any transaction, as in the app.
        const read = await readChildFile(app.db, request);
        const preview = await createChildImportService(await depsOf(app.db, now)).preview(read, request);
        if (values.json === true) out.log(JSON.stringify(previewJson(preview)));
        else printText(preview, out);
        if (values['dry-run'] === true) return EXIT.ok;
        const result = await app.db.transaction().execute(async (trx) => createChildImportService(await depsOf(trx, now)).confirm(read, request));
        if (values.json !== true) out.log(`Imported / 已导入: ${result.created} new / 新增, ${result.updated} updated / 更新, ${result.skipped} not imported / 未导入`);
        return EXIT.ok;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.code === 'import_too_large') out.error(`The file is too large for a roster / 文件太大: ${error.details?.entity ?? ''}`);
        else if (error.code === 'import_unreadable') out.error('No roster found in the file (a header with 姓名) / 文件中找不到花名册表头（需有“姓名”列）');
        else out.error(`Import failed / 导入失败: ${error.code}`);
        return EXIT.failed;
      }
    });
  },
};
