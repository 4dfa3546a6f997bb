// The boot and pack tests need `npm run build` first, so it runs as its own step after the build (npm run
// test:boot), and plain `vitest run` leaves it out.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: path.resolve(import.meta.dirname, '../../..'),
    include: ['tests/unit/electron/boot.test.ts', 'tests/unit/electron/pack.test.ts'],
    testTimeout: 60000,
    hookTimeout: 300000,
    pool: 'forks',
  },
});
