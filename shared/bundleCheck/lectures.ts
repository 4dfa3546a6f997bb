// The manifest's lecture facts (issue 20) against summary.csv's rows, which the hashes cover: a
// manifest edited by hand is caught. A bundle from a room older than the lecture register has neither.
import type { Manifest } from '../bundle';
import { LECTURE_TOPICS } from '../domain';
import { parseCsv } from './csv';
import { word } from './sheets';
import type { BundleProblem } from './types';

export function compareLectures(manifest: Manifest, summaryCsv: Uint8Array | undefined): BundleProblem[] {
  const lectures = manifest.lectures;
  if (!lectures) return [];
  const file = 'summary.csv';
  if (!summaryCsv) return [{ kind: 'missing', file }];
  let rows: string[][];
  try {
    rows = parseCsv(summaryCsv);
  } catch {
    return [{ kind: 'csv_unreadable', file }];
  }
  const w = (key: string) => word(manifest.language, `summary.lecture.${key}`);
  const cell = (key: string) => rows.find((r) => r[0] === w(key))?.[1];
  const problems: BundleProblem[] = [];
  for (const topic of LECTURE_TOPICS) {
    const value = cell(topic);
    if (value === undefined || !/^\d+$/.test(value)) problems.push({ kind: 'csv_column', file, column: `lectures.${topic}` });
    else if (Number(value) !== lectures.byTopic[topic]) problems.push({ kind: 'figure', field: `lectures.${topic}`, manifest: lectures.byTopic[topic], files: Number(value) });
  }
  const months = cell('monthsWithout');
  const listed = months === undefined || months === w('none') ? [] : months.split(' ');
  if (cell('month') !== lectures.month) problems.push({ kind: 'csv_column', file, column: 'lectures.month' });
  else if (months === undefined || listed.join(' ') !== lectures.monthsWithout.join(' '))
    problems.push({ kind: 'figure', field: 'lectures.monthsWithout', manifest: lectures.monthsWithout.length, files: listed.length });
  return problems;
}
