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

// The Electron shell, the only main-process files that import 'electron': IPC, app start-up, the preload
// bridge, the app:// protocol and the window.
const electronShell = ['electron/ipc.ts', 'electron/main.ts', 'electron/preload.ts', 'electron/protocol.ts', 'electron/window.ts'];
const noRenderer = { group: ['**/renderer/**'], message: 'The main process does not import the renderer.' };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'renderer/dist/**',
      'dist-electron/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'node_modules/**',
      'tests/bench/run.built.mjs',
      'tests/bench/bundleWorker.cjs',
      'tests/bench/pdfWorker.cjs',
    ],
  },
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
    // Type-aware rules: a promise nobody awaits loses its error, and a switch over a union misses new members.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
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
    // Every main-process file, present or future (cli/, services/<capability>/, office/, ...), but the shell.
    files: ['electron/**/*.ts'],
    ignores: electronShell,
    rules: restrict(['electron'], [noRenderer]),
  },
  {
    files: electronShell,
    rules: restrict([], [noRenderer]),
  },
  {
    files: ['electron/db/migrations/*.ts'],
    ignores: ['electron/db/migrations/index.ts'],
    // Repeats the main-process restrictions: this rule's options replace those of the block above.
    rules: restrict(['electron'], [noRenderer, { group: ['../*', '../../**'], message: 'A migration is frozen in time: it never imports app code.' }]),
  },
  {
    files: ['electron/tools/*.mjs', 'tests/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
