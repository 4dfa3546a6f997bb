// exports.week and the scheduled and command-line exports: check the request, write the bundle,
// and only once it is written and verified record it in export_run (with its audit row). A week
// still running gives a partial bundle that never counts as the week's export; a finished week
// already exported gives the next revision, naming the bundle it replaces.
// The bundle is read from a snapshot (db/snapshot.ts) and drawn in the bundle worker (bundleThread.ts),
// so the kiosk's calls are answered while it is written; only the record takes the write lock, briefly.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import pkg from '../../../package.json' with { type: 'json' };
import type { ExportRun, ExportTrigger, SessionInfo } from '../../../shared/domain';
import { AppError, invalid } from '../../../shared/errors';
import { LATEST_VERSION } from '../../db/migrations';
import type { Database } from '../../db/schema';
import type { Host, TaskContext } from '../../host';
import { createAudit } from '../audit';
import { SYSTEM_ACTOR } from '../room/checkins';
import { createClock, type Audit, type Clock, type ServiceDeps } from '../deps';
import { readSettings } from '../settings/settings';
import { bundleBaseName } from './bundle';
import { drawInWorker, oneAtATime, type DrawOptions } from './bundleThread';
import { findChineseFont, type FontChoice } from './fonts';
import { exportRun, latestFullRun } from './history';
import type { WeekDrawn } from './jobs';
import { freeName, isDirectory } from './names';
import { claim, PARTIAL, removeStalePartials } from './partials';
import { weekRange } from './week';

export interface WeekExportRequest {
  week: string;
  /** '' or absent: Settings.exportFolder. */
  folder?: string;
  includeContacts: boolean;
  trigger: ExportTrigger;
}

export interface WeekExportOptions extends DrawOptions {
  /** Fonts to look for instead of the system's (tests). */
  fonts?: FontChoice[];
}

/** What file_write_failed names when the PDF cannot be drawn: the message must say what is missing. */
export const NO_FONT_PATH =
  'summary.pdf — 本机找不到中文字体（微软雅黑、黑体、宋体、文泉驿或思源黑体）/ no Chinese font found on this PC (Microsoft YaHei, SimHei, SimSun, WenQuanYi or Noto Sans CJK)';

/** Reads `deps.db` for the request's checks; the worker reads a snapshot of `host.databaseFile`. `deps.db` must not be inside a transaction. */
export async function exportWeek(
  deps: Omit<ServiceDeps, 'audit'>,
  host: Pick<Host, 'appVersion' | 'databaseFile'>,
  request: WeekExportRequest,
  options: WeekExportOptions = {},
  /** Who the audit row names: the signed-in admin, or the app itself (schedule, command line). */
  auditActor: Pick<SessionInfo, 'staffId'> & { role: string } = deps.actor,
): Promise<ExportRun> {
  const { db, clock, actor } = deps;
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

  // Running until Sunday 24:00 in the room's zone: what is there so far, marked as such.
  const partialUpTo = clock.now().getTime() < Date.parse(range.to) ? clock.stamp() : null;
  // Read at the request: a second request for the week made meanwhile builds on the same run and is
  // refused when it comes to be recorded.
  const previous = partialUpTo === null ? await latestFullRun(db, range.week) : undefined;
  const revision = previous ? previous.revision + 1 : 1;
  return oneAtATime(async () => {
    const target = path.join(folder, freeName(folder, bundleBaseName(settings, range.week, partialUpTo !== null, revision), ['', PARTIAL]));
    // Ours while the worker writes it: a clean-up meanwhile (the register, another export) leaves it alone.
    const release = claim(`${target}${PARTIAL}`);
    let drawn: WeekDrawn;
    try {
      drawn = await drawInWorker(
        {
          kind: 'week',
          databaseFile: host.databaseFile,
          now: clock.now().getTime(),
          settings,
          actor,
          range,
          includeContacts: request.includeContacts,
          bundle: {
            target,
            trigger: request.trigger,
            font,
            app: { name: pkg.productName, version: host.appVersion },
            schemaVersion: LATEST_VERSION,
            partialUpTo,
            revision,
            replaces: previous ? path.basename(previous.bundle_path) : null,
          },
        },
        options,
      );
    } finally {
      release();
    }
    const { written, digest } = drawn;
    try {
      return await db.transaction().execute(async (trx) => {
        // Another export of this week recorded meanwhile would make two bundles claim one revision.
        if (partialUpTo === null && (await latestFullRun(trx, range.week))?.id !== previous?.id) throw new AppError('conflict', { entity: 'export_running' });
        return recordRun(trx, clock, createAudit(trx, clock, auditActor), { request, range, folder, written, partialUpTo, revision, previousId: previous?.id ?? null, digest, staffId: actor.staffId });
      });
    } catch (error) {
      // Not recorded, so not kept: the next attempt writes the week again.
      fs.rmSync(written.path, { recursive: true, force: true });
      throw error;
    }
  });
}

interface RunRecord {
  request: WeekExportRequest;
  range: { week: string };
  folder: string;
  written: { path: string; rows: number; files: number };
  partialUpTo: string | null;
  revision: number;
  previousId: number | null;
  digest: string | null;
  staffId: number | null;
}

async function recordRun(db: Kysely<Database>, clock: Clock, audit: Audit, r: RunRecord): Promise<ExportRun> {
  const at = clock.stamp();
  const row = await db
    .insertInto('export_run')
    .values({
      week: r.range.week,
      trigger: r.request.trigger,
      folder: r.folder,
      bundle_path: r.written.path,
      include_contacts: r.request.includeContacts ? 1 : 0,
      rows: r.written.rows,
      files: r.written.files,
      staff_id: r.request.trigger === 'manual' ? r.staffId : null,
      partial_up_to: r.partialUpTo,
      revision: r.revision,
      replaces_id: r.previousId,
      digest: r.digest,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await audit.record('exports.week', 'export_run', row.id, {
    week: r.range.week,
    trigger: r.request.trigger,
    includeContacts: r.request.includeContacts,
    rows: r.written.rows,
    partialUpTo: r.partialUpTo,
    revision: r.revision,
  });
  return exportRun(db, row.id);
}

/** The app exporting by itself (schedule, command line): no staff, the system in the audit log. */
export async function exportWeekAsSystem(task: TaskContext, request: WeekExportRequest & { trigger: 'scheduled' | 'cli' }, options: WeekExportOptions = {}): Promise<ExportRun> {
  const clock = createClock(task.now, (await readSettings(task.db)).timezone);
  return exportWeek({ db: task.db, clock, actor: { role: 'kiosk', staffId: null, staffName: null } }, task.host, request, options, SYSTEM_ACTOR);
}
