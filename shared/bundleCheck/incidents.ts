// The manifest's incident counts (issue 20) against summary.csv's rows. A bundle from a room older than
// the incident log has neither.
import type { Manifest } from '../bundle';
import { INCIDENT_KINDS } from '../domain';
import { compareCounts, readSummaryRows } from './summaryRows';
import type { BundleProblem } from './types';

export function compareIncidents(manifest: Manifest, summaryCsv: Uint8Array | undefined): BundleProblem[] {
  const incidents = manifest.incidents;
  if (!incidents) return [];
  const summary = readSummaryRows(manifest.language, summaryCsv);
  if ('problem' in summary) return [summary.problem];
  const counts: [string, number][] = [...INCIDENT_KINDS.map((kind): [string, number] => [kind, incidents.byKind[kind]]), ['openFollowUps', incidents.openFollowUps]];
  return compareCounts(summary.ok, 'summary.incident', 'incidents', counts);
}
