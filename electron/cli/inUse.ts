// The window marks the database it holds, so a command-line `restore` does not replace the file under
// a running app. A mark left by a crash names a process that is gone, and is then ignored.
import fs from 'node:fs';

export function inUseMarkOf(databaseFile: string): string {
  return `${databaseFile}.in-use`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks the file as held by this process; the returned function lets go (at quit). */
export function markInUse(databaseFile: string): () => void {
  const mark = inUseMarkOf(databaseFile);
  fs.writeFileSync(mark, JSON.stringify({ pid: process.pid }));
  return () => fs.rmSync(mark, { force: true });
}

/** The id of the running app holding the file, or null. */
export function heldBy(databaseFile: string): number | null {
  let pid: unknown;
  try {
    pid = (JSON.parse(fs.readFileSync(inUseMarkOf(databaseFile), 'utf8')) as { pid?: unknown }).pid;
  } catch {
    return null;
  }
  return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
}
