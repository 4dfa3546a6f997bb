// Both office dialects for one test file: a fresh SQLite file, or a fresh database on this file's own
// throwaway PostgreSQL cluster (skipped with the reason printed only outside CI when it is missing).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { OfficeDialect } from '../../../electron/office/migrations';
import { openOffice, type OfficeDb } from '../../../electron/office/open';
import { pgMissing, startCluster, type PgCluster } from './pgCluster';

const missing = pgMissing();
export const PG_SKIPPED = missing !== null && process.env.CI !== 'true';
if (PG_SKIPPED) console.warn(`Skipping the PostgreSQL office tests: ${missing}`);

export const DIALECTS: OfficeDialect[] = PG_SKIPPED ? ['sqlite'] : ['sqlite', 'postgres'];

export interface OfficeTargets {
  /** A fresh, migrated office database of the dialect. */
  fresh(dialect: OfficeDialect): Promise<OfficeDb>;
  cluster(): PgCluster;
  /** A temp folder removed after the file. */
  dir: string;
}

export function useOfficeTargets(needPg = true): OfficeTargets {
  let cluster: PgCluster | null = null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-test-'));
  const opened: OfficeDb[] = [];
  let n = 0;
  beforeAll(async () => {
    if (needPg && !PG_SKIPPED) cluster = await startCluster();
  }, 120_000);
  afterAll(async () => {
    for (const office of opened) await office.close().catch(() => undefined);
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
  const need = () => {
    if (!cluster) throw new Error('no PostgreSQL cluster');
    return cluster;
  };
  return {
    dir,
    cluster: need,
    async fresh(dialect) {
      n += 1;
      const office =
        dialect === 'sqlite'
          ? await openOffice({ kind: 'sqlite', file: path.join(dir, `office-${n}.sqlite`) })
          : await openOffice({ kind: 'postgres', url: await need().createDatabase(`office_${n}`) }, { migrate: true });
      opened.push(office);
      return office;
    },
  };
}
