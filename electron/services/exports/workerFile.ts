// Where a worker of the exports starts from. From the sources (vitest, tsx, `npm run cli`) this module is
// a .ts file and the worker starts through its `.dev.mjs`, which registers tsx first; in the built app
// (and the built bench) it is bundled beside main.cjs, and so is the worker's `.cjs`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function workerFile(name: 'bundleWorker' | 'pdfWorker'): string {
  const here = fileURLToPath(import.meta.url);
  return path.join(path.dirname(here), here.endsWith('.ts') ? `${name}.dev.mjs` : `${name}.cjs`);
}
