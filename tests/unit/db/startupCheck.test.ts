// A district-sized file is not read whole at start: only the schema and the tables start-up reads are
// checked, so the cost does not grow with the file. Here a room's file stands in for a large one.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { openDatabase, StartupError } from '../../../electron/db/open';
import { tempDir } from '../helpers';

async function roomFile(): Promise<string> {
  const file = path.join(tempDir(), 'room.sqlite');
  const app = await createApp({ file });
  await app.close();
  return file;
}

/** Overwrites the root page of `table` (a small table's only page). */
function damageTable(file: string, table: string): void {
  const db = new SQLite(file, { readonly: true });
  const { rootpage } = db.prepare('select rootpage from sqlite_schema where name = ?').get(table) as { rootpage: number };
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = fs.readFileSync(file);
  bytes.fill(0xa5, (rootpage - 1) * pageSize, rootpage * pageSize);
  fs.writeFileSync(file, bytes);
}

describe('start-up check of a large file', () => {
  it('calls it corrupt when a table start-up reads is damaged', async () => {
    const file = await roomFile();
    damageTable(file, 'setting');
    const error = await openDatabase({ file, fullCheckBytes: 0 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect(error).toMatchObject({ kind: 'corrupt', file });
  });

  it('leaves the rest to the backups: a damaged history table does not stop start-up', async () => {
    const file = await roomFile();
    damageTable(file, 'care_record');
    const opened = await openDatabase({ file, fullCheckBytes: 0 });
    await opened.close();
    // The same file, small enough to be read whole, is refused.
    const error = await openDatabase({ file }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'corrupt' });
  });
});
