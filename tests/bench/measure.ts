// Timing helpers for `npm run bench`: figures are printed and saved, never asserted.
import fs from 'node:fs';
import path from 'node:path';

export interface Figure {
  name: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
}

/** A figure that is not a time: a size, a heap, a ratio. */
export interface ValueFigure {
  name: string;
  value: number;
  unit: string;
}

export function summarize(name: string, samples: number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { name, median_ms: round(at(0.5)), p95_ms: round(at(0.95)), runs: samples.length };
}

export async function time(runs: number, work: (i: number) => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Two works timed turn about (which goes first alternates), so that both meet the same disk and the same
 * machine: a commit's flush to disk drifts over a run, and timed one after the other the ratio of the
 * door to its bare SQL moved by a third from run to run.
 */
export async function timePair(runs: number, first: (i: number) => unknown, second: (i: number) => unknown): Promise<[number[], number[]]> {
  const a: number[] = [];
  const b: number[] = [];
  const once = async (work: (i: number) => unknown, samples: number[], i: number) => {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await once(first, a, i);
      await once(second, b, i);
    } else {
      await once(second, b, i);
      await once(first, a, i);
    }
  }
  return [a, b];
}

export function report(figures: Figure[], values: ValueFigure[] = []): void {
  console.log('\nname'.padEnd(24) + 'median ms'.padStart(12) + 'p95 ms'.padStart(12) + 'runs'.padStart(8));
  for (const f of figures) {
    console.log(f.name.padEnd(23) + String(f.median_ms).padStart(12) + String(f.p95_ms).padStart(12) + String(f.runs).padStart(8));
  }
  for (const v of values) console.log(`${v.name.padEnd(23)}${`${v.value} ${v.unit}`.padStart(12)}`);
  const file = path.join(import.meta.dirname, 'results.json');
  fs.writeFileSync(file, `${JSON.stringify([...figures, ...values], null, 2)}\n`);
  console.log(`\nwritten to ${path.relative(process.cwd(), file)}`);
}
