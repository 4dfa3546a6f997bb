// The boot test needs `npm run build` first, so it runs as its own step after the build (npm run
// test:boot), and plain `vitest run` leaves it out.
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: path.resolve(import.meta.dirname, '../../..'),
    include: ['tests/unit/electron/boot.test.ts'],
    testTimeout: 60000,
    pool: 'forks',
  },
});
