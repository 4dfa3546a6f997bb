// One config, three builds (`--mode renderer|main|preload`), plus vitest's settings.
// main and preload are Node-side bundles in CommonJS: a sandboxed preload must be CJS,
// and main stays CJS so better-sqlite3 and electron load with plain require().
import { builtinModules } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const nodeExternals = ['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function nodeBundle(entry: string | Record<string, string>, fileName: string, bundleDeps: boolean, define?: UserConfig['define']): UserConfig {
  return {
    define,
    build: {
      ssr: typeof entry === 'string' ? entry : true,
      outDir: 'dist-electron',
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      rollupOptions: {
        input: entry,
        external: nodeExternals,
        // .cjs throughout: package.json says "type": "module", so a shared chunk named .js would load as ESM.
        // Chunks sit beside the entries: code shared by main and the workers finds a worker file beside itself.
        output: { format: 'cjs', entryFileNames: fileName, chunkFileNames: '[name]-[hash].cjs' },
      },
    },
    // The preload runs sandboxed and may only require('electron'): bundle everything else.
    ssr: bundleDeps ? { noExternal: true } : undefined,
  };
}

export default defineConfig(async ({ mode }) => {
  // The bundle worker (electron/services/exports/bundleThread.ts) is found beside main.cjs at run time.
  if (mode === 'main')
    return nodeBundle({ main: 'electron/main.ts', bundleWorker: 'electron/services/exports/bundleWorker.ts', pdfWorker: 'electron/services/exports/pdfWorker.ts' }, '[name].cjs', false);
  // The preload gets the method names as a literal (electron/preload.ts): the contract stays out of it.
  if (mode === 'preload') {
    const { methodNames } = await import('./shared/contract');
    return nodeBundle('electron/preload.ts', 'preload.cjs', true, { __METHOD_NAMES__: JSON.stringify(methodNames) });
  }
  return {
    root: 'renderer',
    base: './',
    plugins: [react()],
    build: { outDir: '../dist/renderer', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    preview: { port: 4173, strictPort: true },
    test: {
      root: '.',
      include: ['tests/unit/**/*.test.ts'],
      // Boot and pack the built app: their own step after `npm run build` (tests/unit/electron/boot.vitest.config.ts).
      exclude: ['tests/unit/electron/boot.test.ts', 'tests/unit/electron/pack.test.ts', '**/node_modules/**'],
      testTimeout: 20000,
      pool: 'forks',
    },
  };
});
