// Keeps the newest 14 daily and 8 weekly copies. Only files named daily-… or weekly-… are ever deleted;
// manual, pre-migration and pre-restore copies and anything else in the folder are left alone.
import fs from 'node:fs';
import path from 'node:path';
import { kindOf } from './files';

export const KEEP = { daily: 14, weekly: 8 } as const;

/** Returns the names deleted. Dates and ISO weeks in the names sort as text, so newest is last. */
export function rotateBackups(folder: string): string[] {
  const names = fs.readdirSync(folder);
  const deleted: string[] = [];
  for (const kind of ['daily', 'weekly'] as const) {
    const ofKind = names.filter((n) => kindOf(n) === kind).sort();
    for (const name of ofKind.slice(0, Math.max(0, ofKind.length - KEEP[kind]))) {
      fs.rmSync(path.join(folder, name), { force: true });
      deleted.push(name);
    }
  }
  return deleted;
}
