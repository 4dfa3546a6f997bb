// The week's figures recomputed from the bundle's own CSVs, so a manifest.json edited by hand (its
// hashes still true, its figures not) is caught. noCall30Days and overdueBooks are states at the
// week's end that no log sheet lists; they are read from summary.csv, which the hashes cover.
import { SUMMARY_FIGURES, type Manifest } from '../bundle';
import type { Language } from '../domain';
import { CsvError, parseCsv } from './csv';
import { headerKeys, REQUIRED_COLUMNS, SHEET_COLUMNS, word, type LogSheetKey, type SheetColumn, type SheetRow } from './sheets';
import { countIn, readSummaryRows, SUMMARY_FILE } from './summaryRows';
import type { BundleFigures, BundleProblem, BundleSheets, CareFigures } from './types';

type Files = Map<string, Uint8Array>;
type Read<T> = { ok: T } | { problems: BundleProblem[] };

function readSheet<K extends LogSheetKey>(language: Language, sheet: K, bytes: Uint8Array): Read<SheetRow<K>[]> {
  const file = `${sheet}.csv`;
  let table: string[][];
  try {
    table = parseCsv(bytes);
  } catch (error) {
    if (error instanceof CsvError) return { problems: [{ kind: 'csv_unreadable', file }] };
    throw error;
  }
  const [header = [], ...body] = table;
  const known = headerKeys(language, sheet);
  const keys = header.map((h) => known.get(h));
  const missing = REQUIRED_COLUMNS[sheet].filter((c) => !keys.includes(c));
  if (missing.length > 0) return { problems: missing.map((column) => ({ kind: 'csv_column', file, column })) };
  const rows = body.map((cells) => {
    const row: SheetRow<K> = {};
    keys.forEach((key, i) => {
      if (key !== undefined) row[key as SheetColumn<K>] = cells[i] ?? '';
    });
    return row;
  });
  return { ok: rows };
}

/** Every log sheet's rows; care is empty in bundles written before care records existed. */
export function readSheets(manifest: Manifest, files: Files): Read<BundleSheets> {
  const problems: BundleProblem[] = [];
  const sheets = {} as { [K in LogSheetKey]: SheetRow<K>[] };
  for (const sheet of Object.keys(SHEET_COLUMNS) as LogSheetKey[]) {
    const bytes = files.get(`${sheet}.csv`);
    if (!bytes) {
      if (sheet !== 'care') problems.push({ kind: 'missing', file: `${sheet}.csv` });
      (sheets as Record<LogSheetKey, unknown[]>)[sheet] = [];
      continue;
    }
    const read = readSheet(manifest.language, sheet, bytes);
    if ('problems' in read) problems.push(...read.problems);
    else (sheets as Record<LogSheetKey, unknown[]>)[sheet] = read.ok;
  }
  return problems.length > 0 ? { problems } : { ok: sheets };
}

/** The two end-of-week states, from summary.csv's item/value rows. */
function endOfWeek(manifest: Manifest, files: Files): Read<{ noCall30Days: number; overdueBooks: number }> {
  const summary = readSummaryRows(manifest.language, files.get(SUMMARY_FILE));
  if ('problem' in summary) return { problems: [summary.problem] };
  const noCall30Days = countIn(summary.ok, 'summary.noCall30Days');
  const overdueBooks = countIn(summary.ok, 'summary.overdueBooks');
  if (noCall30Days === null) return { problems: [{ kind: 'csv_column', file: SUMMARY_FILE, column: 'noCall30Days' }] };
  if (overdueBooks === null) return { problems: [{ kind: 'csv_column', file: SUMMARY_FILE, column: 'overdueBooks' }] };
  return { ok: { noCall30Days, overdueBooks } };
}

function careOf(language: Language, rows: SheetRow<'care'>[]): CareFigures | null {
  const total = rows.find((r) => r.surrogate === word(language, 'value.care.total'));
  if (!total) return null;
  const n = (v: string | undefined) => Number(v ?? '') || 0;
  return {
    children: n(total.children),
    talkShare: n(total.talkShare),
    contactShare: n(total.contactShare),
    visitShare: n(total.visitShare),
    letterShare: n(total.letterShare),
  };
}

export function recompute(manifest: Manifest, sheets: BundleSheets, files: Files): Read<BundleFigures> {
  const end = endOfWeek(manifest, files);
  if ('problems' in end) return end;
  const w = (key: string) => word(manifest.language, key);
  const yes = w('value.yes');
  const { checkins, calls, loans, activities, duty } = sheets;
  // A child is her name, grade and class: the CSV carries no id (namesakes in one class count once).
  const who = (r: SheetRow<'checkins'>) => JSON.stringify([r.name, r.grade, r.classNo]);
  const day = (date: string) => checkins.filter((r) => (r.checkedInAt ?? '').startsWith(date));
  const covered = new Set([w('value.dutyStatus.on_time'), w('value.dutyStatus.late')]);
  const planned = duty.filter((r) => r.planned === yes);
  const talked = (r: SheetRow<'calls'>) => r.outcome === w('value.outcome.talked');
  const video = (r: SheetRow<'calls'>) => r.channel === w('value.channel.video');
  return {
    ok: {
      children: new Set(checkins.map(who)).size,
      visits: checkins.length,
      calls: calls.length,
      callsTalked: calls.filter(talked).length,
      // A bundle from before video calls has no channel column: every call in it was on the phone.
      videoCalls: calls.filter(video).length,
      videoCallsTalked: calls.filter((r) => video(r) && talked(r)).length,
      loans: loans.filter((r) => r.lentThisWeek === yes).length,
      returns: loans.filter((r) => r.returnedThisWeek === yes).length,
      signups: activities.filter((r) => r.record === w('value.record.signup')).length,
      attendances: activities.filter((r) => r.record === w('value.record.attendance') && r.present === yes).length,
      dutySignIns: duty.filter((r) => (r.signedInAt ?? '') !== '').length,
      dutiesCovered: planned.filter((r) => covered.has(r.dutyStatus ?? '')).length,
      dutiesPlanned: planned.length,
      ...end.ok,
      daily: manifest.summary.daily.map(({ date }) => ({ date, visits: day(date).length, children: new Set(day(date).map(who)).size })),
      care: careOf(manifest.language, sheets.care),
    },
  };
}

/** Every figure of the manifest its files disagree with. */
export function compareFigures(manifest: Manifest, figures: BundleFigures): BundleProblem[] {
  const problems: BundleProblem[] = SUMMARY_FIGURES.filter((key) => manifest.summary[key] !== figures[key]).map((key) => ({
    kind: 'figure',
    field: key,
    manifest: manifest.summary[key],
    files: figures[key],
  }));
  manifest.summary.daily.forEach((d, i) => {
    const again = figures.daily[i]!; // the same days, counted from the files
    if (d.visits !== again.visits) problems.push({ kind: 'figure', field: `daily.${d.date}.visits`, manifest: d.visits, files: again.visits });
    if (d.children !== again.children) problems.push({ kind: 'figure', field: `daily.${d.date}.children`, manifest: d.children, files: again.children });
  });
  return problems;
}
