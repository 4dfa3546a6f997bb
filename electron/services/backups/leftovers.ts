// A backup killed mid-write (power cut, the app closed) leaves <name>.sqlite.tmp, as large as the
// database, and maybe its -journal. Removed at start, unless this process is writing it right now.
import fs from 'node:fs';
import path from 'node:path';
import { isDirectory, kindOf } from './files';
import { isBeingWritten, removeWithSidecars } from './write';

const TEMP = /^(.+\.sqlite)\.tmp(?:-wal|-shm|-journal)?$/;

/** Returns the names removed. Only temporaries of backup names: a person's own .tmp file stays. */
export function removeLeftoverTemps(folder: string): string[] {
  if (!isDirectory(folder)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(folder)) {
    const backupName = TEMP.exec(name)?.[1];
    if (!backupName || !kindOf(backupName)) continue;
    const temp = path.join(folder, `${backupName}.tmp`);
    if (isBeingWritten(temp)) continue;
    removeWithSidecars(temp);
    removed.push(name);
  }
  return removed;
}
