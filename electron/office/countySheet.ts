// The county's own report: one worksheet per view (weeks sent, rooms by week, the visits trend with
// the county total, the rooms to look at first), headers in the room's language.
import fs from 'node:fs';
import path from 'node:path';
import enExports from '../../resources/locales/en/exports.json' with { type: 'json' };
import zhExports from '../../resources/locales/zh-CN/exports.json' with { type: 'json' };
import type { Language } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { OfficeExportResult } from '../../shared/office';
import { freeName, isDirectory, joinName } from '../services/exports/names';
import type { Table } from '../services/exports/sheets/types';
import { toXlsx } from '../services/exports/xlsx';
import type { OfficeDb } from './open';
import { attention, grid, trend, weekRows, type WeekSpan } from './views';

type Tree = { [key: string]: string | Tree };
const WORDS: Record<Language, Tree> = { 'zh-CN': zhExports, en: enExports };

/** An exports.json word ('office.column.school') in `language`, with {{name}} filled in. */
function say(language: Language, key: string, vars: Record<string, string | number> = {}): string {
  let node: string | Tree | undefined = WORDS[language];
  for (const part of key.split('.')) node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** '2026年第47周' / 'Week 47, 2026'. */
export function weekLabel(language: Language, week: string): string {
  return say(language, 'office.week', { year: week.slice(0, 4), n: Number(week.slice(6)) });
}

async function tables(office: OfficeDb, span: WeekSpan, language: Language): Promise<Table[]> {
  const w = (key: string, vars?: Record<string, string | number>) => say(language, key, vars);
  const label = (week: string) => weekLabel(language, week);
  const g = await grid(office.db, span);
  const rows = await weekRows(office.db, span);
  const t = await trend(office.db, span, 'visits', 'room');
  const first = await attention(office.db);
  return [
    {
      title: w('office.sheet.grid'),
      header: [w('office.column.school'), w('office.column.room'), ...g.weeks.map(label)],
      rows: g.rooms.map((r) => [
        r.school,
        r.room,
        ...r.cells.map((cell) => (cell === null ? w('office.grid.missing') : cell > 1 ? w('office.grid.corrected', { revision: cell }) : w('office.grid.sent'))),
      ]),
    },
    {
      title: w('office.sheet.weeks'),
      header: [
        w('office.column.school'),
        w('office.column.room'),
        w('office.column.week'),
        w('office.column.revision'),
        w('office.column.children'),
        w('office.column.visits'),
        w('office.column.calls'),
        w('office.column.callsTalked'),
        w('office.column.noCall30'),
        w('office.column.loans'),
        w('office.column.overdueBooks'),
        w('office.column.signups'),
        w('office.column.attendances'),
        w('office.column.dutiesPlanned'),
        w('office.column.dutiesCovered'),
        w('office.column.careTalkShare'),
      ],
      rows: rows.map((r) => [
        r.school,
        r.room,
        label(r.week),
        r.revision,
        r.children,
        r.visits,
        r.calls,
        r.callsTalked,
        r.noCall30,
        r.loans,
        r.overdueBooks,
        r.signups,
        r.attendances,
        r.dutiesPlanned,
        r.dutiesCovered,
        r.careTalkShare,
      ]),
    },
    {
      title: w('office.sheet.trend'),
      header: [w('office.column.week'), ...t.series.map((s) => s.name), w('office.trend.county')],
      rows: t.weeks.map((week, i) => [label(week), ...t.series.map((s) => s.values[i] ?? null), t.total[i] ?? null]),
    },
    {
      title: w('office.sheet.attention'),
      header: [
        w('office.column.school'),
        w('office.column.room'),
        w('office.attention.lastWeek'),
        w('office.attention.silentWeeks'),
        w('office.attention.careTalkShare'),
        w('office.attention.noCall30'),
        w('office.attention.missedDuties'),
      ],
      rows: first.map((r) => [r.school, r.room, label(r.lastWeek), r.silentWeeks, r.careTalkShare, r.noCall30, r.missedDuties]),
    },
  ];
}

export async function exportCountySheet(office: OfficeDb, span: WeekSpan, folder: string, language: Language, now: Date): Promise<OfficeExportResult> {
  if (!isDirectory(folder)) throw new AppError('folder_missing', { path: folder });
  const sheets = await tables(office, span, language);
  const name = `${freeName(folder, joinName(say(language, 'office.sheet.weeks'), span.from, span.to), ['.xlsx'])}.xlsx`;
  const target = path.join(folder, name);
  try {
    fs.writeFileSync(target, await toXlsx(sheets, now), { flag: 'wx' });
  } catch {
    throw new AppError('file_write_failed', { path: target });
  }
  return { path: target, sheets: sheets.length };
}
