// Starts pdfWorker.ts from the TypeScript sources, as bundleWorker.dev.mjs does for the bundle worker.
import { register } from 'tsx/esm/api';

register();
await import('./pdfWorker.ts');
