// The county office bench (issue 15 point 6), on SQLite and on a throwaway PostgreSQL cluster: the
// county's weeks imported from empty (office.import per bundle, next to office.import.sql, the bare
// inserts of the same rows), the total time, and each view's opening query. OFFICE_BENCH_WEEKS sets
// the weeks (default 260: five years, ~16,000 bundles; the first run takes long).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { attention, grid, trend, weekRows } from '../../electron/office/views';
import { openOffice, type OfficeDb } from '../../electron/office/open';
import { officeRows } from '../../electron/office/rows';
import { storeBundle } from '../../electron/office/officeStore';
import { LOG_TABLES } from '../../electron/office/schema';
import { pgMissing, startCluster } from '../unit/office/pgCluster';
import { summarize, time, type Figure } from './measure';
import { benchWeeks, countyWeek, ROOMS_PER_SCHOOL, SCHOOLS } from './officeCounty';
import { growCounty } from './officeScale';

const WEEKS = Number(process.env.OFFICE_BENCH_WEEKS ?? 260);
/** OFFICE_BENCH_SCALE=10 also grows the PostgreSQL county tenfold and times it again (docs/national-scale.md). */
const SCALE = Number(process.env.OFFICE_BENCH_SCALE ?? 1);
const VIEW_RUNS = 50;
const SQL_SAMPLE = 100;

/** Each view's opening query: the last twelve weeks, and a year's trend by school. */
async function viewFigures(office: OfficeDb, label: string, weeks: { week: string }[]): Promise<Figure[]> {
  const span = { from: weeks[Math.max(0, weeks.length - 12)].week, to: weeks[weeks.length - 1].week };
  const year = { from: weeks[Math.max(0, weeks.length - 52)].week, to: span.to };
  return [
    summarize(`office.grid.${label}`, await time(VIEW_RUNS, () => grid(office.db, span))),
    summarize(`office.weeks.${label}`, await time(VIEW_RUNS, () => weekRows(office.db, span))),
    summarize(`office.trend.${label}`, await time(VIEW_RUNS, () => trend(office.db, year, 'visits', 'school'))),
    summarize(`office.attention.${label}`, await time(VIEW_RUNS, () => attention(office.db))),
  ];
}

/** OFFICE_BENCH_SCALE=10: the county copied inside the server to N counties, then a new week imported and the views timed. */
async function benchScaled(office: OfficeDb, factor: number): Promise<Figure[]> {
  const started = performance.now();
  const sizes = await growCounty(office.db, factor);
  console.log(`postgres ×${factor}: grown in ${((performance.now() - started) / 1000).toFixed(0)} s; rows and MB: ${JSON.stringify(sizes)}`);
  const weeks = benchWeeks(WEEKS + 1);
  const importMs: number[] = [];
  for (const check of await countyWeek(weeks[weeks.length - 1], WEEKS)) {
    const t0 = performance.now();
    await storeBundle(office, check, '2026-12-04T00:00:00Z');
    importMs.push(performance.now() - t0);
  }
  const label = `postgres_x${factor}`;
  return [summarize(`office.import.${label}`, importMs), ...(await viewFigures(office, label, weeks))];
}

async function benchOne(office: OfficeDb, label: string): Promise<Figure[]> {
  const weeks = benchWeeks(WEEKS);
  const importMs: number[] = [];
  const sqlMs: number[] = [];
  const started = performance.now();
  for (const [n, week] of weeks.entries()) {
    const checks = await countyWeek(week, n);
    for (const check of checks) {
      const t0 = performance.now();
      await storeBundle(office, check, '2026-12-04T00:00:00Z');
      importMs.push(performance.now() - t0);
    }
    // The same rows inserted bare, into a copy of the bundle row, for a sample of bundles.
    if (sqlMs.length < SQL_SAMPLE) {
      const stored = await office.db
        .selectFrom('office_bundle')
        .selectAll()
        .where('week', '=', week.week)
        .limit(SQL_SAMPLE - sqlMs.length)
        .execute();
      for (const [i, row] of stored.entries()) {
        const check = checks[i];
        if (!check.manifest || !check.sheets) continue;
        const t0 = performance.now();
        await office.db.transaction().execute(async (trx) => {
          const { id: _id, ...values } = row;
          const { id } = await trx
            .insertInto('office_bundle')
            .values({ ...values, fingerprint: `${row.fingerprint}-sql`, current: 0 })
            .returning('id')
            .executeTakeFirstOrThrow();
          const rows = officeRows(check.manifest!, check.sheets!, { bundle_id: id, school_id: row.school_id });
          for (const table of LOG_TABLES) if (rows[table].length > 0) await trx.insertInto(table).values(rows[table]).execute();
        });
        sqlMs.push(performance.now() - t0);
      }
    }
    if (n % 26 === 25) console.log(`${label}: ${n + 1} of ${weeks.length} weeks imported`);
  }
  const total = performance.now() - started;
  // The bare-insert copies go, their log rows first (PostgreSQL's foreign keys hold the bundle rows).
  await office.db.transaction().execute(async (trx) => {
    const copies = trx.selectFrom('office_bundle').select('id').where('fingerprint', 'like', '%-sql');
    for (const table of LOG_TABLES) await trx.deleteFrom(table).where('bundle_id', 'in', copies).execute();
    await trx.deleteFrom('office_bundle').where('fingerprint', 'like', '%-sql').execute();
  });
  const figures = [summarize(`office.import.${label}`, importMs), summarize(`office.import.sql.${label}`, sqlMs), ...(await viewFigures(office, label, weeks))];
  console.log(`${label}: the county (${SCHOOLS * ROOMS_PER_SCHOOL * WEEKS} bundles) imported from empty in ${(total / 1000).toFixed(1)} s`);
  figures.push({ name: `office.county_import_s.${label}`, median_ms: Math.round(total), p95_ms: Math.round(total), runs: 1 });
  return figures;
}

export async function benchOffice(): Promise<Figure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'office-bench-'));
  const figures: Figure[] = [];
  try {
    const sqlite = await openOffice({ kind: 'sqlite', file: path.join(dir, 'office.sqlite') });
    figures.push(...(await benchOne(sqlite, 'sqlite')));
    await sqlite.close();
    const missing = pgMissing();
    if (missing) console.warn(`office bench on PostgreSQL skipped: ${missing}`);
    else {
      const cluster = await startCluster();
      try {
        const pg = await openOffice({ kind: 'postgres', url: await cluster.createDatabase('office_bench') }, { migrate: true });
        figures.push(...(await benchOne(pg, 'postgres')));
        if (SCALE > 1) figures.push(...(await benchScaled(pg, SCALE)));
        await pg.close();
      } finally {
        cluster.stop();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

// `tsx tests/bench/office.ts` runs the office bench alone.
if (/office\.ts$/.test(process.argv[1] ?? '')) {
  benchOffice().then(
    (figures) => {
      for (const f of figures) console.log(`${f.name.padEnd(34)}${String(f.median_ms).padStart(10)}${String(f.p95_ms).padStart(10)}${String(f.runs).padStart(8)}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
