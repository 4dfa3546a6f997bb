// Lint, including the process boundaries (README, For developers): shared/ is pure, the renderer never
// reaches Node or the main process, services never import Electron, migrations never import app code.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeModules = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'Crosses a process boundary (README, For developers).' })), patterns }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'renderer/dist/**', 'dist-electron/**', 'release/**', 'test-results/**', 'playwright-report/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      [...nodeModules, 'electron', 'react', 'react-dom', 'better-sqlite3', 'kysely', 'antd'],
      [{ group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is imported by both sides and imports neither.' }],
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...nodeModules, 'electron', 'better-sqlite3', 'kysely', 'exceljs'],
      [{ group: ['**/electron/**'], message: 'The renderer talks to the main process only through shared/contract.ts.' }],
    ),
  },
  {
    files: ['electron/services/**/*.ts', 'electron/db/**/*.ts', 'electron/dispatch.ts', 'electron/handlers.ts', 'electron/app.ts', 'electron/cli.ts'],
    rules: restrict(['electron'], [{ group: ['**/renderer/**'], message: 'The main process does not import the renderer.' }]),
  },
  {
    files: ['electron/db/migrations/*.ts'],
    ignores: ['electron/db/migrations/index.ts'],
    rules: restrict([], [{ group: ['../*', '../../**'], message: 'A migration is frozen in time: it never imports app code.' }]),
  },
  {
    files: ['electron/tools/*.mjs', 'tests/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
