// Builds `npm run bench` the way the app is built (vite, as `npm run build` builds dist-electron): tsx,
// which runs the sources, wraps every function declaration in a helper that keeps its name, and on a
// kiosk tap that cost about 0.03 ms the built app does not pay. The bench's modules stay in tests/bench
// (run.built.mjs), so their own paths (results.json, dist/renderer) resolve as from the sources, and
// the export's workers are built beside it, where electron/services/exports/workerFile.ts looks for them.
import { builtinModules } from 'node:module';
import { build } from 'vite';

const external = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

async function bundle(entry, format, fileName) {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: entry,
      outDir: 'tests/bench',
      emptyOutDir: false,
      minify: false,
      rollupOptions: { external, output: { format, entryFileNames: fileName } },
    },
  });
}

await bundle('tests/bench/run.ts', 'es', 'run.built.mjs');
await bundle('electron/services/exports/bundleWorker.ts', 'cjs', 'bundleWorker.cjs');
await bundle('electron/services/exports/pdfWorker.ts', 'cjs', 'pdfWorker.cjs');
