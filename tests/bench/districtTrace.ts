// `--plans`: which SQL statements a screen's call ran, how long each took, and SQLite's query plan for
// the slow ones, so a full scan shows up by name. Wraps the connection's prepare() while tracing.
import type SQLite from 'better-sqlite3';

interface Traced {
  sql: string;
  params: unknown[];
  ms: number;
}

export interface Tracer {
  start(): void;
  /** Stops and prints the statements slower than `slowMs`, each with its plan. */
  stopAndPrint(slowMs: number): void;
}

export function traceStatements(sqlite: SQLite.Database): Tracer {
  const prepare = sqlite.prepare.bind(sqlite);
  let traces: Traced[] | null = null;
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source);
    if (traces === null) return stmt;
    const timed =
      <A extends unknown[], R>(run: (...args: A) => R) =>
      (...args: A): R => {
        const started = performance.now();
        try {
          return run(...args);
        } finally {
          traces?.push({ sql: source, params: args, ms: performance.now() - started });
        }
      };
    stmt.all = timed(stmt.all.bind(stmt)) as typeof stmt.all;
    stmt.run = timed(stmt.run.bind(stmt)) as typeof stmt.run;
    return stmt;
  }) as typeof sqlite.prepare;

  return {
    start: () => (traces = []),
    stopAndPrint(slowMs) {
      const done = traces ?? [];
      traces = null;
      const total = done.reduce((sum, t) => sum + t.ms, 0);
      console.log(`    ${done.length} statements, ${total.toFixed(1)} ms in SQLite`);
      for (const t of done.filter((x) => x.ms >= slowMs)) {
        console.log(`    ${t.ms.toFixed(1)} ms  ${t.sql.replace(/\s+/g, ' ').slice(0, 300)}`);
        const plan = prepare(`explain query plan ${t.sql}`).all(...t.params) as { detail: string }[];
        for (const step of plan) console.log(`        ${step.detail}`);
      }
    },
  };
}
