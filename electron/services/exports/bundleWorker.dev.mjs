// Starts bundleWorker.ts from the TypeScript sources (vitest, `npm run cli`, the e2e bridge): a Worker
// cannot load .ts by itself, and Node 20 ignores `--import tsx` in a Worker's execArgv, so tsx's loader
// is registered here, inside the worker, first. The built app starts dist-electron/bundleWorker.cjs.
import { register } from 'tsx/esm/api';

register();
await import('./bundleWorker.ts');
