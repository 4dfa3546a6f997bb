// Types of nativeBinary.mjs for the tests that import it.
export interface BinaryInfo {
  platform: 'linux' | 'win32' | 'darwin' | null;
  arch: string | null;
  abi: number | null;
}
export function describeBinary(bytes: Buffer): BinaryInfo;
export function readBinary(file: string): BinaryInfo;
export function mismatchOf(info: BinaryInfo, wanted: { abi: number; platform: string; arch: string }): string | null;
