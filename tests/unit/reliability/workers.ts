// Bundles a test's worker into one CommonJS file, so a child process starts in a fraction of tsx's time.
import path from 'node:path';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../../..');

/** exceljs and pdfkit (the weekly export's) are left out: no worker here exports. */
export async function bundleWorker(entry: string, dir: string): Promise<string> {
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  const leaveOut: Plugin = {
    name: 'leave-out-export-libraries',
    setup(b) {
      b.onResolve({ filter: /^(exceljs|pdfkit)$/ }, (args) => ({ path: args.path, namespace: 'left-out' }));
      b.onLoad({ filter: /.*/, namespace: 'left-out' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
  await build({
    entryPoints: [entry],
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

export function startWorker(worker: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [worker, ...args], { env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') } });
}

export interface Finished {
  lines: string[];
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Collects a worker's complete output lines (a line cut off by a kill was never said). */
export function collect(child: ChildProcessWithoutNullStreams, onLine: (line: string) => void = () => {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    let out = '';
    let stderr = '';
    const lines: string[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const parts = out.split('\n');
      out = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        onLine(line);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ lines, stderr, code, signal }));
  });
}
