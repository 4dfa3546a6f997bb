// electron-builder's afterPack hook: the packed better_sqlite3.node must load in the target's Electron.
// `electron-builder --win` on Linux would otherwise ship the Linux binary in the Windows app, and a
// binary built for Node would ship after a plain `npm rebuild`.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { mismatchOf, readBinary } from './nativeBinary.mjs';

const require = createRequire(import.meta.url);
const ARCHS = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const UNPACKED = ['app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'];

export function packedBinaryOf(appOutDir, platform, productFilename) {
  const resources = platform === 'darwin' ? path.join(appOutDir, `${productFilename}.app`, 'Contents', 'Resources') : path.join(appOutDir, 'resources');
  return path.join(resources, ...UNPACKED);
}

export async function afterPack(context) {
  const platform = context.electronPlatformName;
  const arch = ARCHS[context.arch];
  const electronVersion = context.packager.info.framework.version;
  const abi = Number(require('node-abi').getAbi(electronVersion, 'electron'));
  const file = packedBinaryOf(context.appOutDir, platform, context.packager.appInfo.productFilename);
  if (!existsSync(file)) throw new Error(`[afterPack] ${file} is missing: better-sqlite3's binary was not unpacked`);
  const why = mismatchOf(readBinary(file), { abi, platform, arch });
  if (why) {
    throw new Error(
      `[afterPack] the ${platform}-${arch} app would ship a better_sqlite3.node ${why} (Electron ${electronVersion} needs ABI ${abi}). ` +
        `Build each installer on its own OS after \`node electron/tools/native-abi.mjs electron\`.`,
    );
  }
  console.log(`[afterPack] better_sqlite3.node fits ${platform}-${arch} Electron ${electronVersion} (ABI ${abi})`);
}
