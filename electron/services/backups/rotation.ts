// Keeps the daily and weekly copies that hold the newest 14 (daily) and 8 (weekly) distinct states of
// the data. Ranked by content, never by name or file time: a clock a year out would otherwise delete
// every real backup, or a copy of older data named for a future day would outlive newer ones.
// Only files named daily-… or weekly-… are ever deleted; a copy that cannot be read is left alone;
// manual, pre-migration and pre-restore copies and anything else in the folder are never touched.
import fs from 'node:fs';
import path from 'node:path';
import { byNewestContent, contentOf, type BackupContent } from './content';
import { kindOf } from './files';

export const KEEP = { daily: 14, weekly: 8 } as const;

/** Returns the names deleted. `justWritten` (file names) are never deleted. */
export function rotateBackups(folder: string, justWritten: string[] = []): string[] {
  const names = fs.readdirSync(folder);
  const deleted: string[] = [];
  for (const kind of ['daily', 'weekly'] as const) {
    const copies = names
      .filter((n) => kindOf(n) === kind)
      .map((n) => contentOf(path.join(folder, n)))
      .filter((c): c is BackupContent => c !== null)
      .sort((a, b) => byNewestContent(a, b) || Number(isNew(b)) - Number(isNew(a)));
    const kept = new Set<number>();
    for (const copy of copies) {
      const name = path.basename(copy.file);
      // One copy per state of the data: a second copy of the same content is a duplicate, not another day.
      const keep = !kept.has(copy.newestAuditId) && kept.size < KEEP[kind];
      if (keep || justWritten.includes(name)) {
        kept.add(copy.newestAuditId);
        continue;
      }
      fs.rmSync(copy.file, { force: true });
      deleted.push(name);
    }
  }
  return deleted;

  function isNew(copy: BackupContent): boolean {
    return justWritten.includes(path.basename(copy.file));
  }
}
