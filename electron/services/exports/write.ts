// Writing a bundle so that a pulled USB drive or a power cut never leaves a folder that looks
// complete: everything goes into '<name>.partial', every file is read back and checked against the
// manifest, and only then is the folder renamed. On any failure the partial folder is removed.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { sha256, type BundleFile } from './manifest';
import { claim, LOCK_FILE, PARTIAL } from './partials';

export interface WriteOptions {
  /** Runs after the files are written and before they are read back (tests damage a file here). */
  beforeVerify?: (partialFolder: string) => void;
}

function verify(folder: string, files: BundleFile[]): void {
  for (const file of files) {
    const target = path.join(folder, file.name);
    const back = fs.readFileSync(target);
    if (back.length !== file.data.length || sha256(back) !== sha256(file.data)) {
      throw new AppError('file_write_failed', { path: target, reason: 'verify' });
    }
  }
}

/** Writes `files` into the new folder `target` (which must not exist) and returns once it is renamed into place. */
export function writeFolder(target: string, files: BundleFile[], options: WriteOptions = {}): void {
  const partial = `${target}${PARTIAL}`;
  const release = claim(partial);
  try {
    fs.mkdirSync(partial);
    // Another process cleaning up sees the folder is in use while this pid lives.
    fs.writeFileSync(path.join(partial, LOCK_FILE), String(process.pid));
    for (const file of files) fs.writeFileSync(path.join(partial, file.name), file.data, { flush: true });
    options.beforeVerify?.(partial);
    verify(partial, files);
    fs.rmSync(path.join(partial, LOCK_FILE));
    fs.renameSync(partial, target);
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    if (error instanceof AppError) throw error;
    throw new AppError('file_write_failed', { path: target });
  } finally {
    release();
  }
}
