// Makes better-sqlite3's native binary match the runtime about to use it, checked from the binary
// itself (its node_register_module_v<N>), never from a marker: a plain `npm rebuild` leaves a Node
// binary behind whatever a marker says. Node (tests, CLI, bench) and Electron (the app) need different
// ABIs; the scripts call this first. `--check` only reports (exit 1 on a mismatch), it never rebuilds.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mismatchOf, readBinary } from './nativeBinary.mjs';

const require = createRequire(import.meta.url);
const [target, flag] = process.argv.slice(2);
const checkOnly = flag === '--check';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function binaryPath() {
  return path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
}

/** The ABI the runtime about to load the binary expects. */
function wantedAbi() {
  if (target === 'node') return { abi: Number(process.versions.modules), name: `Node ${process.version}` };
  const electronVersion = require('electron/package.json').version;
  // The electron package states its ABI; node-abi's registry is the fallback for an older package.
  const stated = path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version');
  const abi = existsSync(stated) ? Number(readFileSync(stated, 'utf8').trim()) : Number(require('node-abi').getAbi(electronVersion, 'electron'));
  return { abi, name: `Electron ${electronVersion}`, electronVersion };
}

function mismatch(wanted) {
  try {
    return mismatchOf(readBinary(binaryPath()), { abi: wanted.abi, platform: process.platform, arch: process.arch });
  } catch (error) {
    return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

if (target !== 'node' && target !== 'electron') {
  console.error('usage: native-abi.mjs node|electron [--check]');
  process.exit(2);
}

const wanted = wantedAbi();
const before = mismatch(wanted);
if (before === null) {
  console.log(`[native-abi] better-sqlite3 fits ${wanted.name} (ABI ${wanted.abi})`);
} else if (checkOnly) {
  console.error(`[native-abi] better-sqlite3 does not fit ${wanted.name}: ${before}`);
  process.exit(1);
} else {
  console.log(`[native-abi] better-sqlite3 ${before}: rebuilding for ${wanted.name}…`);
  if (target === 'node') {
    execFileSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  } else {
    const { rebuild } = await import('@electron/rebuild');
    await rebuild({ buildPath: process.cwd(), electronVersion: wanted.electronVersion, onlyModules: ['better-sqlite3'], force: true });
  }
  const after = mismatch(wanted);
  if (after !== null) {
    console.error(`[native-abi] still does not fit ${wanted.name} after the rebuild: ${after}`);
    process.exit(1);
  }
}
