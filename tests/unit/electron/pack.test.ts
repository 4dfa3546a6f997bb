// The package (issue 18, item 4): `electron-builder --dir` for Linux and for Windows on a copy of the
// built app in a temp folder, against stand-in Electron folders (an ELF stub, and a PE made with
// resedit, each carrying Electron's fuse wire), with electron-builder.yml as it is. Nothing in node_modules is rebuilt or written: the production
// dependencies are copied, and the "rebuilt for Electron" binary is the Node one with its ABI export
// renamed, put in place where `native-abi.mjs electron` would have. Runs after the build (test:boot).
import fs from 'node:fs';
import path from 'node:path';
import { listPackage, extractFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import { NtExecutable, NtExecutableResource, Resource } from 'resedit';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper.js';
import type { LinuxPackager } from 'app-builder-lib/out/linuxPackager.js';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterPack, packedBinaryOf, type PackContext } from '../../../electron/tools/afterPack.mjs';
import { renderIcons } from '../../../electron/tools/icon.mjs';
import { readBinary } from '../../../electron/tools/nativeBinary.mjs';
import { tempDir } from '../helpers';

const repo = path.resolve(import.meta.dirname, '../../..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_ABI = 150;
const NODE_BINARY = path.join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');

let tmp = '';
let out = '';
let icons: { file: string; size: number }[] = [];
const FUSE_WIRE = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from('10110001')]);

/** The production dependencies of package-lock.json, copied (better-sqlite3 without its SQLite sources). */
function copyProductionModules(target: string): void {
  const lock = JSON.parse(fs.readFileSync(path.join(repo, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
  };
  for (const [key, meta] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/') || meta.dev || meta.devOptional || key.slice(13).includes('/node_modules/')) continue;
    fs.cpSync(path.join(repo, key), path.join(target, key), {
      recursive: true,
      dereference: true,
      filter: (src) => !/better-sqlite3[/\\](deps|src)([/\\]|$)/.test(src),
    });
  }
}

/** Stand-in Electron folders with Electron 45's fuse wire as shipped (RunAsNode, NODE_OPTIONS, inspect and file:// privileges on). */
function standInElectron(dir: string, platform: 'linux' | 'win32'): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), '45.4.1');
  if (platform === 'linux') {
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56), FUSE_WIRE, Buffer.alloc(64)]);
    fs.writeFileSync(path.join(dir, 'electron'), elf, { mode: 0o755 });
    return;
  }
  // electron-builder edits the exe's resources (icon, version, asar integrity) with resedit: it needs a real PE with version info.
  fs.writeFileSync(path.join(dir, 'electron.exe'), peWith(false, FUSE_WIRE, true));
}

/** A minimal x64 PE (an exe, or a DLL standing in for a .node) carrying `extra` after its sections. */
function peWith(isDll: boolean, extra: Buffer, versionInfo = false): Buffer {
  const exe = NtExecutable.createEmpty(false, isDll);
  if (versionInfo) {
    const resource = NtExecutableResource.from(exe);
    const version = Resource.VersionInfo.createEmpty();
    version.setFileVersion(45, 4, 1, 0, 1033);
    version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron' });
    version.outputToResourceEntries(resource.entries);
    resource.outputResource(exe);
  }
  exe.setExtraData(extra);
  return Buffer.from(exe.generate());
}

/** The Node binary with `node_register_module_v<node>` renamed to Electron's ABI (same length): what a rebuild would export. */
function electronAbiBinary(): Buffer {
  const bytes = fs.readFileSync(NODE_BINARY);
  const from = Buffer.from(`node_register_module_v${process.versions.modules}`);
  const to = Buffer.from(`node_register_module_v${ELECTRON_ABI}`);
  expect(to.length).toBe(from.length);
  for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  return bytes;
}

beforeAll(async () => {
  for (const built of ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html']) {
    if (!fs.existsSync(path.join(repo, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  tmp = tempDir();
  const project = path.join(tmp, 'project');
  for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml', 'dist', 'dist-electron', 'resources', 'electron/tools']) {
    fs.cpSync(path.join(repo, f), path.join(project, f), {
      recursive: true,
      filter: (src) => !src.includes(`${path.sep}resources${path.sep}build${path.sep}icon`) || src.endsWith('.svg'),
    });
  }
  copyProductionModules(project);
  renderIcons(path.join(project, 'resources', 'build'));
  const config = await getConfig(project, path.join(project, 'electron-builder.yml'), null);
  const electronVersion = (JSON.parse(fs.readFileSync(path.join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
  out = path.join(tmp, 'release');
  // What `native-abi.mjs electron` would leave on each OS: this binary with Electron's ABI, and a Windows DLL with it.
  const nodeFor = { linux: electronAbiBinary(), win32: peWith(true, Buffer.from(`\0node_register_module_v${ELECTRON_ABI}\0`)) };
  const cwd = process.cwd();
  process.chdir(project); // the afterPack path in the config is relative to the project
  try {
    for (const [platform, target] of [
      ['linux', Platform.LINUX],
      ['win32', Platform.WINDOWS],
    ] as const) {
      standInElectron(path.join(tmp, `electron-${platform}`), platform);
      await build({
        projectDir: project,
        targets: target.createTarget('dir'),
        publish: 'never',
        config: {
          ...config,
          electronDist: path.join(tmp, `electron-${platform}`),
          // The copy holds production modules only; electron (a dev dependency) is read from the checkout.
          electronVersion,
          directories: { buildResources: 'resources/build', output: out },
          afterPack: async (context) => {
            fs.writeFileSync(packedBinaryOf(context.appOutDir, platform, context.packager.appInfo.productFilename), nodeFor[platform]);
            await afterPack(context as unknown as PackContext);
            if (platform === 'linux') icons = await new LinuxTargetHelper(context.packager as LinuxPackager).icons;
          },
        },
      });
    }
  } finally {
    process.chdir(cwd);
  }
}, 400_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const appDir = () => path.join(out, 'linux-unpacked');
const asar = () => path.join(appDir(), 'resources', 'app.asar');

describe('electron-builder --dir --linux', () => {
  it('packs the built app and its production modules, without sources, maps, dev tools or the icon sources', () => {
    const files = new Set(listPackage(asar(), { isPack: false }).map((f) => f.replaceAll('\\', '/')));
    for (const f of [
      '/package.json',
      '/dist/renderer/index.html',
      '/dist-electron/main.cjs',
      '/dist-electron/bundleWorker.cjs',
      '/dist-electron/pdfWorker.cjs',
      '/dist-electron/preload.cjs',
      '/resources/locales/zh-CN/common.json',
      '/resources/locales/en/common.json',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/bindings/bindings.js',
      '/node_modules/kysely/package.json',
      '/node_modules/zod/package.json',
      '/node_modules/dayjs/package.json',
    ]) {
      expect(files.has(f), f).toBe(true);
    }
    for (const f of files) {
      expect(f, f).not.toMatch(/\.map$|^\/resources\/build|^\/node_modules\/(electron|vite|vitest|typescript|@resvg)\/|^\/node_modules\/better-sqlite3\/(deps|src)\//);
    }
    const pkg = JSON.parse(extractFile(asar(), 'package.json').toString()) as { desktopName?: string; main?: string };
    expect(pkg).toMatchObject({ desktopName: 'childrens-home.desktop', main: 'dist-electron/main.cjs' });
  });

  it('unpacks only better_sqlite3.node, a Linux x64 binary for Electron 45 (ABI 150)', () => {
    const unpacked = path.join(appDir(), 'resources', 'app.asar.unpacked');
    const all = fs.readdirSync(unpacked, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(all.map((e) => path.relative(unpacked, path.join(e.parentPath, e.name)))).toEqual([path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')]);
    expect(readBinary(path.join(unpacked, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toEqual({
      platform: 'linux',
      arch: 'x64',
      abi: ELECTRON_ABI,
    });
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or inspect, asar only and checked, cookies encrypted', async () => {
    const wire = await getCurrentFuseWire(path.join(appDir(), 'childrens-home'));
    const on = 49;
    const off = 48;
    expect([
      wire[FuseV1Options.RunAsNode],
      wire[FuseV1Options.EnableCookieEncryption],
      wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      wire[FuseV1Options.EnableNodeCliInspectArguments],
      wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      wire[FuseV1Options.OnlyLoadAppFromAsar],
      wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    ]).toEqual([off, on, off, off, on, on, off]);
  });

  it('installs the house-and-sun icon rendered from the SVG at every Linux size, and a Windows .ico', () => {
    expect(icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512]);
    for (const { file, size } of icons) {
      const png = fs.readFileSync(file);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
    }
    const ico = fs.readFileSync(path.join(tmp, 'project', 'resources', 'build', 'icon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([1, 7]);
  });

  it("refuses to finish a package whose binary is Node's, or Linux's in a Windows app", async () => {
    const context = (platform: string, appOutDir: string): PackContext => ({
      electronPlatformName: platform,
      arch: 1,
      appOutDir,
      packager: { info: { framework: { version: '45.4.1' } }, appInfo: { productFilename: "Children's Home" } },
    });
    const fake = path.join(tmp, 'fake-win');
    fs.mkdirSync(path.dirname(packedBinaryOf(fake, 'win32', "Children's Home")), { recursive: true });
    fs.copyFileSync(NODE_BINARY, packedBinaryOf(fake, 'win32', "Children's Home"));
    await expect(afterPack(context('win32', fake))).rejects.toThrow(/the win32-x64 app would ship a better_sqlite3\.node built for linux, not win32/);
    fs.mkdirSync(path.dirname(packedBinaryOf(fake, 'linux', "Children's Home")), { recursive: true });
    fs.copyFileSync(NODE_BINARY, packedBinaryOf(fake, 'linux', "Children's Home"));
    await expect(afterPack(context('linux', fake))).rejects.toThrow(`built for ABI ${process.versions.modules}, not ${ELECTRON_ABI}`);
  });
});

describe('electron-builder --dir --win (on Linux, resources edited with resedit)', () => {
  const winDir = () => path.join(out, 'win-unpacked');
  const exe = () => path.join(winDir(), "Children's Home.exe");

  it('packs the same app, unpacking only a Windows x64 better_sqlite3.node for ABI 150', () => {
    const files = new Set(listPackage(path.join(winDir(), 'resources', 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/')));
    for (const f of [
      '/dist/renderer/index.html',
      '/dist-electron/main.cjs',
      '/dist-electron/bundleWorker.cjs',
      '/dist-electron/pdfWorker.cjs',
      '/dist-electron/preload.cjs',
      '/node_modules/bindings/bindings.js',
    ])
      expect(files.has(f), f).toBe(true);
    const unpacked = path.join(winDir(), 'resources', 'app.asar.unpacked');
    const all = fs.readdirSync(unpacked, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(all).toHaveLength(1);
    expect(readBinary(path.join(all[0].parentPath, all[0].name))).toEqual({ platform: 'win32', arch: 'x64', abi: ELECTRON_ABI });
  });

  it('gives the exe the icon at seven sizes, the asar integrity record and the fuses', async () => {
    const resources = NtExecutableResource.from(NtExecutable.from(fs.readFileSync(exe()))).entries;
    const RT_ICON = 3;
    const RT_GROUP_ICON = 14;
    expect(resources.filter((e) => e.type === RT_GROUP_ICON)).toHaveLength(1);
    expect(resources.filter((e) => e.type === RT_ICON)).toHaveLength(7);
    const integrity = resources.find((e) => e.type === 'INTEGRITY' && e.id === 'ELECTRONASAR');
    expect(JSON.parse(Buffer.from(integrity?.bin ?? new ArrayBuffer(0)).toString())).toEqual([expect.objectContaining({ file: 'resources\\app.asar', alg: 'SHA256' })]);
    const wire = await getCurrentFuseWire(exe());
    expect([
      wire[FuseV1Options.RunAsNode],
      wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      wire[FuseV1Options.OnlyLoadAppFromAsar],
    ]).toEqual([48, 48, 49, 49]);
  });
});
