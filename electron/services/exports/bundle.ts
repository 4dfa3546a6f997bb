// One week's bundle: read the sheets and figures, render xlsx, CSVs and the PDF (meanwhile, in a worker
// of its own: pdfThread.ts), add the manifest, then write → verify → rename (write.ts). Recording the
// run is the caller's (weekExport.ts).
import type { Manifest } from '../../../shared/bundle';
import type { ExportTrigger, Settings } from '../../../shared/domain';
import { toCsv } from './csv';
import { weekFacts, type WeekFacts } from './facts';
import type { FontChoice } from './fonts';
import { fileEntries, manifestFile, type BundleFile } from './manifest';
import { joinName } from './names';
import { renderPdfAside } from './pdfThread';
import { LOG_SHEETS } from './sheets';
import { summaryTable, type SummaryMeta } from './sheets/summary';
import { listTables } from './sheets/lists';
import type { SheetContext, SheetTable, Table } from './sheets/types';
import { localTime } from './format';
import { writeFolder, type WriteOptions } from './write';
import { toXlsx } from './xlsx';

export interface BundleInput {
  ctx: SheetContext;
  settings: Settings;
  /** The bundle folder to write, named by the caller (bundleBaseName, freeName), which claims its partial folder. */
  target: string;
  trigger: ExportTrigger;
  font: FontChoice;
  app: Manifest['app'];
  schemaVersion: number;
  /** Set for a week still running: the stamp the data goes up to. */
  partialUpTo: string | null;
  revision: number;
  /** The folder name of the bundle this one corrects. */
  replaces: string | null;
}

/** '<school>-<room>-2026-W47', '…-2026-W47-r2' for a correction, '…-2026-W49-partial' for a running week. */
export function bundleBaseName(settings: Settings, week: string, partial: boolean, revision: number): string {
  const suffix = partial ? ['partial'] : revision > 1 ? [`r${revision}`] : [];
  return joinName(settings.schoolName, settings.roomName, week, ...suffix);
}

export interface WrittenBundle {
  path: string;
  manifest: Manifest;
  /** Data rows over the log sheets. */
  rows: number;
  /** Files in the bundle folder, manifest.json included. */
  files: number;
}

export async function logTables(ctx: SheetContext, facts: WeekFacts): Promise<SheetTable[]> {
  const tables: SheetTable[] = [];
  for (const sheet of LOG_SHEETS) {
    const data = await sheet.read(ctx, facts);
    tables.push({
      key: sheet.key,
      title: ctx.texts.t(`sheet.${sheet.key}`),
      header: [ctx.texts.t('column.no'), ...data.columns.map((c) => ctx.texts.t(`column.${c}`))],
      rows: data.rows.map((row, i) => [i + 1, ...row]),
      total: data.endsWithTotal ? undefined : ctx.texts.t('sheet.total', { count: data.rows.length }),
    });
  }
  return tables;
}

/** The summary table and every log sheet of the week, as written. */
export async function weekTables(ctx: SheetContext, facts: WeekFacts, meta: SummaryMeta): Promise<SheetTable[]> {
  return [summaryTable(facts, meta, ctx.texts), ...(await logTables(ctx, facts))];
}

/** The workbook (summary first, the week-end lists last) and one CSV per sheet but the lists. */
export async function sheetFiles(tables: SheetTable[], base: string, createdAt: Date, lists: Table[] = []): Promise<BundleFile[]> {
  return [{ name: `${base}.xlsx`, data: await toXlsx([...tables, ...lists], createdAt) }, ...tables.map((table) => ({ name: `${table.key}.csv`, data: toCsv(table.header, table.rows) }))];
}

/**
 * `facts`: the week's facts when the caller has read them already, from the same moment. `meanwhile`: the
 * caller's own work (the digest), run while the PDF worker draws, before the sheets are written.
 */
export async function writeBundle(input: BundleInput, options: WriteOptions = {}, read?: WeekFacts, meanwhile?: () => Promise<void>): Promise<WrittenBundle> {
  const { ctx, settings, target } = input;
  const { range } = ctx;
  const now = ctx.clock.now();
  const createdAt = ctx.clock.stamp();
  const meta = {
    school: settings.schoolName,
    room: settings.roomName,
    range,
    createdAt: localTime(createdAt, range.timezone) ?? '',
    partialUpTo: input.partialUpTo === null ? null : localTime(input.partialUpTo, range.timezone),
    revision: input.revision,
    includeContacts: ctx.includeContacts,
  };

  const facts = read ?? (await weekFacts(ctx));
  const pdf = renderPdfAside({ facts, meta: { ...meta, createdOn: now }, font: input.font });
  // Awaited below; a failure before then must not leave its rejection unhandled.
  pdf.catch(() => undefined);
  await meanwhile?.();
  const tables = await weekTables(ctx, facts, meta);
  // The workbook keeps the week's plain name in every revision: the folder says which one it is.
  const content = [...(await sheetFiles(tables, joinName(settings.schoolName, settings.roomName, range.week), now, listTables(facts, ctx.texts))), { name: 'summary.pdf', data: await pdf }];
  const { manifest, file: manifestJson } = manifestFile({
    app: input.app,
    schemaVersion: input.schemaVersion,
    school: settings.schoolName,
    room: settings.roomName,
    week: range.week,
    from: range.monday,
    to: range.sunday,
    timezone: range.timezone,
    language: ctx.texts.language,
    createdAt,
    trigger: input.trigger,
    includeContacts: ctx.includeContacts,
    partialUpTo: input.partialUpTo,
    revision: input.revision,
    replaces: input.replaces,
    sheets: tables.map((table) => ({ key: table.key, title: table.title, rows: table.rows.length })),
    summary: facts.summary,
    lectures: facts.lectures,
    incidents: facts.incidents,
    files: fileEntries(content),
  });
  const files = [...content, manifestJson];
  writeFolder(target, files, options);
  return {
    path: target,
    manifest,
    rows: tables.filter((table) => table.key !== 'summary').reduce((sum, table) => sum + table.rows.length, 0),
    files: files.length,
  };
}
