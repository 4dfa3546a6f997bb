// exports.week and the scheduled and command-line exports: check the request, write the bundle,
// and only once it is written and verified record it in export_run (with its audit row). A week
// still running gives a partial bundle that never counts as the week's export; a finished week
// already exported gives the next revision, naming the bundle it replaces.
import fs from 'node:fs';
import path from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import type { ExportRun, ExportTrigger } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import { LATEST_VERSION } from '../../db/migrations';
import type { Host, TaskContext } from '../../host';
import { createAudit } from '../audit';
import { SYSTEM_ACTOR } from '../room/checkins';
import { createClock, type ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { writeBundle } from './bundle';
import { weekDigest } from './digest';
import { findChineseFont, type FontChoice } from './fonts';
import { exportRun, latestFullRun } from './history';
import { isDirectory } from './names';
import { removeStalePartials } from './partials';
import { textsFor } from './texts';
import { weekRange } from './week';
import type { WriteOptions } from './write';

export interface WeekExportRequest {
  week: string;
  /** '' or absent: Settings.exportFolder. */
  folder?: string;
  includeContacts: boolean;
  trigger: ExportTrigger;
}

export interface WeekExportOptions extends WriteOptions {
  /** Fonts to look for instead of the system's (tests). */
  fonts?: FontChoice[];
}

/** What file_write_failed names when the PDF cannot be drawn: the message must say what is missing. */
export const NO_FONT_PATH =
  'summary.pdf — 本机找不到中文字体（微软雅黑、黑体、宋体、文泉驿或思源黑体）/ no Chinese font found on this PC (Microsoft YaHei, SimHei, SimSun, WenQuanYi or Noto Sans CJK)';

export async function exportWeek(deps: ServiceDeps, host: Pick<Host, 'appVersion'>, request: WeekExportRequest, options: WeekExportOptions = {}): Promise<ExportRun> {
  const { db, clock, audit, actor } = deps;
  const settings = await readSettings(db);
  const folder = request.folder || settings.exportFolder;
  if (!folder) throw invalid(['folder'], 'required');
  if (!path.isAbsolute(folder)) throw invalid(['folder'], 'invalid');
  const range = weekRange(request.week, settings.timezone);
  if (!range) throw invalid(['week'], 'invalid');
  if (range.monday > clock.today()) throw invalid(['week'], 'date_future');
  if (!isDirectory(folder)) throw new AppError('folder_missing', { path: folder });
  const font = findChineseFont(options.fonts);
  if (!font) throw new AppError('file_write_failed', { path: NO_FONT_PATH, reason: 'no_chinese_font' });

  removeStalePartials(folder);

  const ctx = { ...deps, range, includeContacts: request.includeContacts, texts: textsFor(settings.language) };
  // Running until Sunday 24:00 in the room's zone: what is there so far, marked as such.
  const partialUpTo = clock.now().getTime() < Date.parse(range.to) ? clock.stamp() : null;
  const previous = partialUpTo === null ? await latestFullRun(db, range.week) : undefined;
  const revision = previous ? previous.revision + 1 : 1;
  const digest = partialUpTo === null ? await weekDigest(deps, range) : null;
  const written = await writeBundle(
    {
      ctx,
      settings,
      folder,
      trigger: request.trigger,
      font,
      app: { name: pkg.productName, version: host.appVersion },
      schemaVersion: LATEST_VERSION,
      partialUpTo,
      revision,
      replaces: previous ? path.basename(previous.bundle_path) : null,
    },
    options,
  );
  try {
    const at = clock.stamp();
    const row = await db
      .insertInto('export_run')
      .values({
        week: range.week,
        trigger: request.trigger,
        folder,
        bundle_path: written.path,
        include_contacts: request.includeContacts ? 1 : 0,
        rows: written.rows,
        files: written.files,
        staff_id: request.trigger === 'manual' ? actor.staffId : null,
        partial_up_to: partialUpTo,
        revision,
        replaces_id: previous?.id ?? null,
        digest,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit.record('exports.week', 'export_run', row.id, {
      week: range.week,
      trigger: request.trigger,
      includeContacts: request.includeContacts,
      rows: written.rows,
      partialUpTo,
      revision,
    });
    return await exportRun(db, row.id);
  } catch (error) {
    // Not recorded, so not kept: the next attempt writes the week again.
    fs.rmSync(written.path, { recursive: true, force: true });
    throw error;
  }
}

/** The app exporting by itself (schedule, command line): no staff, the system in the audit log, one transaction. */
export async function exportWeekAsSystem(task: TaskContext, request: WeekExportRequest & { trigger: 'scheduled' | 'cli' }, options: WeekExportOptions = {}): Promise<ExportRun> {
  return task.db.transaction().execute(async (trx) => {
    const clock = createClock(task.now, (await readSettings(trx)).timezone);
    const deps = { db: trx, clock, audit: createAudit(trx, clock, SYSTEM_ACTOR), actor: { role: 'kiosk' as const, staffId: null, staffName: null } };
    return exportWeek(deps, task.host, request, options);
  });
}
