// `npm run dist [-- --win|--linux|--mac]`: the installers, for the host OS unless better-sqlite3's
// binary in node_modules is already the asked target's (checked from its bytes). A native module cannot
// be cross-built here, so a target whose binary is missing is refused and said, not packed wrongly.
import { createRequire } from 'node:module';
import path from 'node:path';
import { readBinary } from './nativeBinary.mjs';

const require = createRequire(import.meta.url);
const FLAGS = { '--win': 'win32', '--linux': 'linux', '--mac': 'darwin' };
const NAMES = { win32: 'Windows', linux: 'Linux', darwin: 'macOS' };

const asked = process.argv
  .slice(2)
  .filter((a) => a in FLAGS)
  .map((a) => FLAGS[a]);
const binary = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
const present = readBinary(binary).platform;
const wanted = asked.length > 0 ? asked : [process.platform];
const building = wanted.filter((p) => p === present);
for (const p of wanted.filter((w) => w !== present)) {
  console.error(`[dist] not building for ${NAMES[p] ?? p}: better-sqlite3 here is a ${NAMES[present] ?? 'unknown'} binary. Build it on ${NAMES[p] ?? p}.`);
}
if (building.length === 0) process.exit(1);
console.log(`[dist] building for ${building.map((p) => NAMES[p]).join(', ')} only`);

const { build, Platform } = await import('electron-builder');
const PLATFORMS = { win32: Platform.WINDOWS, linux: Platform.LINUX, darwin: Platform.MAC };
const targets = new Map();
for (const p of building) for (const [k, v] of PLATFORMS[p].createTarget()) targets.set(k, v);
await build({ config: 'electron-builder.yml', targets, publish: 'never' });
