// summary.csv read as item/value rows, each found by its label in the bundle's language. The end-of-week
// states, the lecture facts and the incident counts the manifest carries are checked against it (the
// hashes cover it, so a manifest edited by hand is caught).
import type { Language } from '../domain';
import { parseCsv } from './csv';
import { word } from './sheets';
import type { BundleProblem } from './types';

export const SUMMARY_FILE = 'summary.csv';

/** The value on the row labelled with the word for `key` (under bundle.json), if there is one. */
export type SummaryCell = (key: string) => string | undefined;

export function readSummaryRows(language: Language, bytes: Uint8Array | undefined): { ok: SummaryCell } | { problem: BundleProblem } {
  if (!bytes) return { problem: { kind: 'missing', file: SUMMARY_FILE } };
  let rows: string[][];
  try {
    rows = parseCsv(bytes);
  } catch {
    return { problem: { kind: 'csv_unreadable', file: SUMMARY_FILE } };
  }
  return { ok: (key) => rows.find((r) => r[0] === word(language, key))?.[1] };
}

/** A whole number on its row, or null. */
export function countIn(cell: SummaryCell, key: string): number | null {
  const value = cell(key);
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}

/** Each count against the number on row `<labels>.<name>`; `field.<name>` names it in a problem. */
export function compareCounts(cell: SummaryCell, labels: string, field: string, counts: [string, number][]): BundleProblem[] {
  const problems: BundleProblem[] = [];
  for (const [name, expected] of counts) {
    const found = countIn(cell, `${labels}.${name}`);
    if (found === null) problems.push({ kind: 'csv_column', file: SUMMARY_FILE, column: `${field}.${name}` });
    else if (found !== expected) problems.push({ kind: 'figure', field: `${field}.${name}`, manifest: expected, files: found });
  }
  return problems;
}
