// The native module checked from its bytes (issue 18, item 3): format, CPU and Node ABI read from
// better_sqlite3.node itself, and the start-up dialog for a binary that does not load says "reinstall".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startupErrorOf } from '../../../electron/db/open';
import { startupText, BUTTONS } from '../../../electron/services/backups/startupText';
import { describeBinary, mismatchOf, readBinary } from '../../../electron/tools/nativeBinary.mjs';
import { tempDir } from '../helpers';

const repo = path.resolve(import.meta.dirname, '../../..');
const binary = path.join(repo, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const abiExport = (n: number) => Buffer.from(`\0node_register_module_v${n}\0`);

function pe(machine: number, abi: number): Buffer {
  const bytes = Buffer.alloc(0x100);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.writeUInt32BE(0x50450000, 0x80);
  bytes.writeUInt16LE(machine, 0x84);
  return Buffer.concat([bytes, abiExport(abi)]);
}

describe('nativeBinary', () => {
  it('reads the installed binary as this runtime loads it', () => {
    expect(readBinary(binary)).toEqual({ platform: process.platform, arch: process.arch, abi: Number(process.versions.modules) });
  });

  it('tells a Windows, a macOS and a Linux binary apart, with CPU and ABI', () => {
    expect(describeBinary(pe(0x8664, 150))).toEqual({ platform: 'win32', arch: 'x64', abi: 150 });
    expect(describeBinary(pe(0xaa64, 150))).toEqual({ platform: 'win32', arch: 'arm64', abi: 150 });
    const macho = Buffer.alloc(32);
    macho.writeUInt32LE(0xfeedfacf, 0);
    macho.writeUInt32LE(0x0100000c, 4);
    expect(describeBinary(Buffer.concat([macho, abiExport(150)]))).toEqual({ platform: 'darwin', arch: 'arm64', abi: 150 });
    const elf = Buffer.alloc(64);
    elf.writeUInt32BE(0x7f454c46, 0);
    elf.writeUInt16LE(0x3e, 18);
    expect(describeBinary(Buffer.concat([elf, abiExport(115)]))).toEqual({ platform: 'linux', arch: 'x64', abi: 115 });
    expect(describeBinary(Buffer.from('not a binary at all, not even close'))).toEqual({ platform: null, arch: null, abi: null });
  });

  it('says what does not fit: the system first, then the CPU, then the ABI', () => {
    const linux115 = { platform: 'linux' as const, arch: 'x64', abi: 115 };
    expect(mismatchOf(linux115, { platform: 'linux', arch: 'x64', abi: 115 })).toBeNull();
    expect(mismatchOf(linux115, { platform: 'linux', arch: 'x64', abi: 150 })).toBe('built for ABI 115, not 150');
    expect(mismatchOf(linux115, { platform: 'win32', arch: 'x64', abi: 150 })).toBe('built for linux, not win32');
    expect(mismatchOf(linux115, { platform: 'linux', arch: 'arm64', abi: 115 })).toBe('built for x64, not arm64');
  });
});

describe('a binary that does not load', () => {
  it('is a wrongly packaged app (reinstall), not a file to restart the PC for', () => {
    // What Node says when better_sqlite3.node is not a binary it can load: the same ERR_DLOPEN_FAILED
    // as for one built for another ABI.
    const dir = tempDir();
    let error: unknown;
    try {
      const fake = path.join(dir, 'better_sqlite3.node');
      fs.writeFileSync(fake, 'not a shared object');
      try {
        new SQLite(':memory:', { nativeBinding: fake });
      } catch (e) {
        error = e;
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect((error as NodeJS.ErrnoException).code).toBe('ERR_DLOPEN_FAILED');
    const startup = startupErrorOf(error, 'C:\\Users\\room\\children-home.sqlite');
    expect(startup.kind).toBe('wrong_build');
    const text = startupText(startup);
    expect(text.message).toContain('reinstall');
    expect(text.message).toContain('重新安装');
    expect(text.message).not.toContain('Restart the PC');
    expect(text.buttons).toEqual([BUTTONS.quit]);
  });
});

describe('the scripts', () => {
  const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [path.join(repo, 'electron', 'tools', script), ...args], { cwd: repo, encoding: 'utf8' });

  it('native-abi --check reads the binary: it fits Node here, not Electron 45, and nothing is rebuilt', () => {
    const before = fs.statSync(binary).mtimeMs;
    const node = run('native-abi.mjs', 'node', '--check');
    expect([node.status, node.stdout.trim()]).toEqual([0, `[native-abi] better-sqlite3 fits Node ${process.version} (ABI ${process.versions.modules})`]);
    const electron = run('native-abi.mjs', 'electron', '--check');
    expect(electron.status).toBe(1);
    expect(electron.stderr).toContain(`does not fit Electron 45.4.1: built for ABI ${process.versions.modules}, not 150`);
    expect(fs.statSync(binary).mtimeMs).toBe(before);
  });

  it('dist refuses a target whose binary is not here, before building anything', () => {
    const other = process.platform === 'win32' ? '--linux' : '--win';
    const result = run('dist.mjs', other);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\[dist\] not building for (Windows|Linux): better-sqlite3 here is a (Linux|Windows) binary/);
    expect(result.stdout).not.toContain('building for');
  });
});
