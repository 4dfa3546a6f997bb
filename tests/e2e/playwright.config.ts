// Drives the built renderer in Debian's Chromium, served over http by `vite preview`;
// window.api is bridged to the real dispatch on a temp SQLite file (tests/e2e/bridge.ts).
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');
// Several developers' runs on one machine: E2E_PORT and E2E_OUTDIR (a renderer built with --outDir) keep them apart.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUTDIR ? ` --outDir ${process.env.E2E_OUTDIR}` : '';

export default defineConfig({
  testDir: '.',
  outputDir: path.join(root, 'test-results'),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-features=Translate',
      ],
    },
  },
  webServer: {
    command: `npx vite preview --mode renderer --host 127.0.0.1 --port ${port} --strictPort${outDir}`,
    cwd: root,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
