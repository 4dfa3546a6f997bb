// Makes better-sqlite3's native binary match the runtime about to use it.
// Node (tests, CLI, bench) and Electron (the app) need different ABIs; switching
// by hand is the classic "NODE_MODULE_VERSION mismatch" trap, so scripts call this first.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2];
const moduleDir = path.dirname(require.resolve('better-sqlite3/package.json'));
const marker = path.join(moduleDir, '.abi-target');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function loadsInNode() {
  const probe = "new (require('better-sqlite3'))(':memory:').prepare('select 1').get()";
  return spawnSync(process.execPath, ['-e', probe], { stdio: 'ignore' }).status === 0;
}

if (target === 'node') {
  if (!loadsInNode()) {
    console.log('[native-abi] rebuilding better-sqlite3 for Node…');
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
    rmSync(marker, { force: true });
  }
} else if (target === 'electron') {
  const electronVersion = require('electron/package.json').version;
  const wanted = `electron-${electronVersion}`;
  const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
  if (current !== wanted) {
    console.log(`[native-abi] rebuilding better-sqlite3 for Electron ${electronVersion}…`);
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: process.cwd(), electronVersion, onlyModules: ['better-sqlite3'], force: true });
    writeFileSync(marker, wanted);
  }
} else {
  console.error('usage: native-abi.mjs node|electron');
  process.exit(2);
}
