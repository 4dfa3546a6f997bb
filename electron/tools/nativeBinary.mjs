// What a native module binary is, read from its bytes rather than from any marker file: the file format
// (so the OS it loads on), the CPU, and the Node ABI it was built for (its `node_register_module_v<N>`
// export, which Node and Electron check when they load it).
import { readFileSync } from 'node:fs';

const ELF_MACHINES = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32' };
const PE_MACHINES = { 0x8664: 'x64', 0xaa64: 'arm64', 0x14c: 'ia32' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };

/** @param {Buffer} bytes */
export function describeBinary(bytes) {
  /** @type {{ platform: 'linux' | 'win32' | 'darwin' | null, arch: string | null, abi: number | null }} */
  const info = { platform: null, arch: null, abi: null };
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    info.platform = 'linux';
    info.arch = ELF_MACHINES[bytes.readUInt16LE(18)] ?? null;
  } else if (bytes.length >= 0x40 && bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c);
    if (pe + 6 <= bytes.length && bytes.readUInt32BE(pe) === 0x50450000) {
      info.platform = 'win32';
      info.arch = PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? null;
    }
  } else if (bytes.length >= 8 && bytes.readUInt32LE(0) === 0xfeedfacf) {
    info.platform = 'darwin';
    info.arch = MACHO_CPUS[bytes.readUInt32LE(4)] ?? null;
  }
  const abi = /node_register_module_v(\d+)/.exec(bytes.toString('latin1'));
  info.abi = abi ? Number(abi[1]) : null;
  return info;
}

/** @param {string} file */
export function readBinary(file) {
  return describeBinary(readFileSync(file));
}

/**
 * Why `info` does not fit a runtime of ABI `abi` on `platform`/`arch`, or null when it fits.
 * @param {ReturnType<typeof describeBinary>} info
 * @param {{ abi: number, platform: string, arch: string }} wanted
 */
export function mismatchOf(info, wanted) {
  if (info.platform !== wanted.platform) return `built for ${info.platform ?? 'an unknown system'}, not ${wanted.platform}`;
  if (info.arch !== wanted.arch) return `built for ${info.arch ?? 'an unknown CPU'}, not ${wanted.arch}`;
  if (info.abi !== wanted.abi) return `built for ABI ${info.abi ?? 'unknown'}, not ${wanted.abi}`;
  return null;
}
