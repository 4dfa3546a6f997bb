// Limits checked on the raw bytes, before a parser sees them: an .xlsx is a zip, and a small one can
// unpack to gigabytes (exceljs would inflate it all in memory, stalling the app). The zip's central
// directory lists every part; each part is inflated here with a ceiling on its output, so a part that
// lies about its size is caught too, and the sheets' <row> elements are counted without parsing them.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../../../shared/errors';

/** A roster of a whole school is a few hundred rows; twice the largest school's worth is refused. */
export const MAX_ROWS = 5000;
/** Unpacked size of all parts of an .xlsx; a 5,000-row roster unpacks to about 4 MB. */
export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
const MAX_PARTS = 500;

export type LimitReason = 'unpacked_size' | 'rows';

function tooLarge(reason: LimitReason): AppError {
  return new AppError('import_too_large', { entity: reason });
}

function unreadable(): AppError {
  return new AppError('import_unreadable');
}

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function centralDirectory(zip: Buffer): ZipEntry[] {
  // The end record sits in the last 22 bytes plus an optional comment of up to 65,535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i -= 1) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count > MAX_PARTS) throw tooLarge('unpacked_size');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function inflate(zip: Buffer, entry: ZipEntry, budget: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw unreadable();
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw unreadable();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge('unpacked_size');
    throw unreadable();
  }
}

/** Refuses an .xlsx whose parts unpack past the limit or whose sheets hold too many rows. */
export function checkXlsx(zip: Buffer): void {
  const entries = centralDirectory(zip);
  // The sizes the directory declares: a bomb usually declares them honestly, and is refused at once.
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > MAX_UNPACKED_BYTES || entries.some((e) => e.size === 0xffffffff)) throw tooLarge('unpacked_size');
  let budget = MAX_UNPACKED_BYTES;
  for (const entry of entries) {
    const part = inflate(zip, entry, budget);
    budget -= part.length;
    if (budget < 0) throw tooLarge('unpacked_size');
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      const rows = part.toString('latin1').match(/<row[\s>]/g)?.length ?? 0;
      if (rows > MAX_ROWS + 20) throw tooLarge('rows');
    }
  }
}

/** Refuses a CSV with too many lines before it is split into fields. */
export function checkCsv(text: string): void {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    lines += 1;
    if (lines > MAX_ROWS + 20) throw tooLarge('rows');
  }
}
