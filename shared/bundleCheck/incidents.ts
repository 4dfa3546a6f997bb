// The manifest's incident counts (issue 20) against summary.csv's rows, which the hashes cover: a
// manifest edited by hand is caught. A bundle from a room older than the incident log has neither.
import type { Manifest } from '../bundle';
import { INCIDENT_KINDS } from '../domain';
import { parseCsv } from './csv';
import { word } from './sheets';
import type { BundleProblem } from './types';

export function compareIncidents(manifest: Manifest, summaryCsv: Uint8Array | undefined): BundleProblem[] {
  const incidents = manifest.incidents;
  if (!incidents) return [];
  const file = 'summary.csv';
  if (!summaryCsv) return [{ kind: 'missing', file }];
  let rows: string[][];
  try {
    rows = parseCsv(summaryCsv);
  } catch {
    return [{ kind: 'csv_unreadable', file }];
  }
  const figures: [string, number][] = [...INCIDENT_KINDS.map((kind): [string, number] => [kind, incidents.byKind[kind]]), ['openFollowUps', incidents.openFollowUps]];
  const problems: BundleProblem[] = [];
  for (const [key, expected] of figures) {
    const value = rows.find((r) => r[0] === word(manifest.language, `summary.incident.${key}`))?.[1];
    if (value === undefined || !/^\d+$/.test(value)) problems.push({ kind: 'csv_column', file, column: `incidents.${key}` });
    else if (Number(value) !== expected) problems.push({ kind: 'figure', field: `incidents.${key}`, manifest: expected, files: Number(value) });
  }
  return problems;
}
