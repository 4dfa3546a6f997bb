// The manifest's lecture facts (issue 20) against summary.csv's rows. A bundle from a room older than the
// lecture register has neither.
import type { Manifest } from '../bundle';
import { LECTURE_TOPICS } from '../domain';
import { word } from './sheets';
import { compareCounts, readSummaryRows, SUMMARY_FILE } from './summaryRows';
import type { BundleProblem } from './types';

export function compareLectures(manifest: Manifest, summaryCsv: Uint8Array | undefined): BundleProblem[] {
  const lectures = manifest.lectures;
  if (!lectures) return [];
  const summary = readSummaryRows(manifest.language, summaryCsv);
  if ('problem' in summary) return [summary.problem];
  const cell = summary.ok;
  const problems = compareCounts(
    cell,
    'summary.lecture',
    'lectures',
    LECTURE_TOPICS.map((topic): [string, number] => [topic, lectures.byTopic[topic]]),
  );
  const months = cell('summary.lecture.monthsWithout');
  const listed = months === undefined || months === word(manifest.language, 'summary.lecture.none') ? [] : months.split(' ');
  if (cell('summary.lecture.month') !== lectures.month) problems.push({ kind: 'csv_column', file: SUMMARY_FILE, column: 'lectures.month' });
  else if (months === undefined || listed.join(' ') !== lectures.monthsWithout.join(' '))
    problems.push({ kind: 'figure', field: 'lectures.monthsWithout', manifest: lectures.monthsWithout.length, files: listed.length });
  return problems;
}
