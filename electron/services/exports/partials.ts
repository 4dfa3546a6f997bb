// What a killed export leaves behind: a '<bundle>.partial' folder (or a register's '<file>.partial').
// Removed at start and before each export, unless it is being written right now: by this process
// (the set below) or by another one still alive (the pid in the folder's lock file).
import fs from 'node:fs';
import path from 'node:path';

export const PARTIAL = '.partial';
/** Written first into a partial folder, removed just before the rename: who is writing it. */
export const LOCK_FILE = 'writing.pid';

const writing = new Set<string>();

/** Marks `partialPath` as being written by this process until `done` is called. */
export function claim(partialPath: string): () => void {
  writing.add(partialPath);
  return () => writing.delete(partialPath);
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A partial folder of ours: it holds our lock file (or nothing: killed right after mkdir). */
function staleFolder(dir: string): boolean {
  const entries = fs.readdirSync(dir);
  if (entries.length === 0) return true;
  if (!entries.includes(LOCK_FILE)) return false;
  const pid = Number(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim());
  return pid === process.pid || !alive(pid);
}

/** Removes what killed runs left in `folder`; returns the names removed. A folder that cannot be read is left alone. */
export function removeStalePartials(folder: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter((n) => n.endsWith(PARTIAL))) {
    const full = path.join(folder, name);
    if (writing.has(full)) continue;
    try {
      const stat = fs.statSync(full);
      const stale = stat.isDirectory() ? staleFolder(full) : /\.(xlsx|csv)\.partial$/.test(name);
      if (!stale) continue;
      fs.rmSync(full, { recursive: true, force: true });
      removed.push(name);
    } catch {
      // Gone meanwhile or not ours to remove: the next look tries again.
    }
  }
  return removed;
}
