// Power cut (issue 8, item 1): a child process writes through dispatch and reports each acknowledged
// write; it is killed with SIGKILL at random moments, 50 times, on the same file, like a room PC losing
// power again and again. After every kill the file must pass SQLite's checks, hold every acknowledged
// write, and show no half-done command. SIGKILL loses what the process had not yet handed to the OS;
// the disk's own honesty about fsync (synchronous=FULL) is beyond what a test can cut.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { verify, type Ack } from './powerCutChecks';

const RUNS = 50;
const root = path.resolve(import.meta.dirname, '../../..');

/**
 * The worker as one CommonJS file: a process that starts in a fraction of tsx's time, fifty times.
 * exceljs and pdfkit (the weekly export's, a third of start-up) are left out: no write here uses them.
 */
async function bundleWorker(dir: string): Promise<string> {
  const outfile = path.join(dir, 'worker.cjs');
  const leaveOut: Plugin = {
    name: 'leave-out-export-libraries',
    setup(b) {
      b.onResolve({ filter: /^(exceljs|pdfkit)$/ }, (args) => ({ path: args.path, namespace: 'left-out' }));
      b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
  await build({
    entryPoints: [path.join(import.meta.dirname, 'powerCutWorker.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    external: ['better-sqlite3'],
    plugins: [leaveOut],
    logLevel: 'warning',
  });
  return outfile;
}

interface Run {
  acks: Ack[];
  /** Lines the worker printed that were neither 'ready' nor an acknowledgement (its crashes). */
  other: string[];
  signal: NodeJS.Signals | null;
}

/** Starts the worker and kills it `delayMs` after it is ready (or after it starts, if `fromStart`). */
function runAndKill(worker: string, args: string[], delayMs: number, fromStart: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, ...args], {
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const killLater = () => (timer = setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (fromStart) killLater();
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.startsWith('ready\n')) killLater();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (timer) clearTimeout(timer);
      // A line cut off by the kill was never acknowledged.
      const lines = out
        .split('\n')
        .slice(0, -1)
        .filter((l) => l !== 'ready');
      const acks = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Ack);
      const other = [...lines.filter((l) => !l.startsWith('{')), ...(err.trim() ? [err.trim()] : [])];
      resolve({ acks, other, signal });
    });
  });
}

describe('a power cut', () => {
  it('loses no acknowledged write and leaves no half-done command, 50 kills in a row on one file', async () => {
    const dir = tempDir();
    try {
      const worker = await bundleWorker(dir);
      const file = path.join(dir, 'room.sqlite');
      const seeded = await runAndKill(worker, ['seed', file], 120_000, true);
      expect(seeded, 'seeding the room').toMatchObject({ other: [], signal: null });

      const acks: Ack[] = [];
      const problems: string[] = [];
      let duringStart = 0;
      for (let run = 0; run < RUNS; run++) {
        // One kill in five lands anywhere from start-up on (opening the file, replaying its WAL).
        const fromStart = run % 5 === 0;
        const result = await runAndKill(worker, ['run', file, String(run + 1)], fromStart ? Math.random() * 1_500 : Math.random() * 400, fromStart);
        if (fromStart && result.acks.length === 0) duringStart += 1;
        acks.push(...result.acks);
        if (result.signal !== 'SIGKILL') problems.push(`run ${run}: the worker stopped by itself (${result.signal})`);
        problems.push(...result.other.map((line) => `run ${run}: ${line.slice(0, 300)}`));
        const verdict = verify(file, acks);
        if (verdict.integrity !== 'ok') problems.push(`run ${run}: integrity_check ${verdict.integrity}`);
        problems.push(...verdict.lost.map((a) => `run ${run}: lost ${JSON.stringify(a)}`));
        problems.push(...verdict.problems.map((p) => `run ${run}: ${p}`));
        if (problems.length) break;
      }

      const counts = new Map<string, number>();
      for (const a of acks) counts.set(a.op, (counts.get(a.op) ?? 0) + 1);
      const byOp = [...counts].map(([op, n]) => `${op} ${n}`);
      process.stdout.write(
        `\n[power cut] ${RUNS} runs killed with SIGKILL (${duringStart} before any write), ${acks.length} acknowledged writes (${byOp.join(', ')}), lost ${problems.filter((p) => p.includes(': lost ')).length}, file ${fs.statSync(file).size} bytes\n`,
      );
      expect(problems).toEqual([]);
      // Not a test that passes by doing nothing: the runs must have written.
      expect(acks.length).toBeGreaterThan(RUNS);
      expect(counts.size).toBe(6);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
