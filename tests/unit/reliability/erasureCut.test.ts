// Erasure cannot be half done (issue 13, point 8): the power is cut (SIGKILL) while the file is being
// rewritten after an erasure; the next start redoes the rewrite, and no erased value is left anywhere in
// the file, its WAL or its journal.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { compactionPending } from '../../../electron/services/privacy/compaction';
import { tempDir } from '../helpers';
import { her, other, privacyRoom } from '../privacy/room';
import { bundleWorker, collect, startWorker } from './workers';

const SIDE_FILES = ['', '-wal', '-journal'];

function fileText(file: string): string {
  const parts = SIDE_FILES.map((suffix) => `${file}${suffix}`).filter((f) => fs.existsSync(f));
  return Buffer.concat(parts.map((f) => fs.readFileSync(f))).toString('latin1');
}
const bytes = (value: string) => Buffer.from(value, 'utf8').toString('latin1');

function pendingIn(file: string): boolean {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    return compactionPending(sqlite);
  } finally {
    sqlite.close();
  }
}

describe('an erasure cut short', () => {
  it('is redone at the next start after a kill during the rewrite: no erased value in the file, its WAL or its journal', async () => {
    const dir = tempDir();
    try {
      const { t, herId } = await privacyRoom();
      const file = path.join(dir, 'room.sqlite');
      t.app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      fs.copyFileSync(t.file, file);
      // Some megabytes, so the rewrite lasts long enough to be cut in the middle.
      const padding = new SQLite(file);
      padding.exec('create table padding (x blob)');
      const insert = padding.prepare('insert into padding values (randomblob(65536))');
      padding.transaction(() => {
        for (let i = 0; i < 400; i++) insert.run();
      })();
      padding.close();
      expect(fileText(file)).toContain(bytes(her.name));

      const child = startWorker(await bundleWorker(path.join(import.meta.dirname, 'erasureWorker.ts'), dir), [file, String(herId), her.name]);
      const run = await collect(child, (line) => line === 'vacuum' && child.kill('SIGKILL'));
      expect(run.signal).toBe('SIGKILL');
      expect(run.lines).toEqual(['vacuum']);
      // The kill landed before the rewrite was done: the erasure is committed and still marked pending.
      expect(pendingIn(file)).toBe(true);

      const app = await createApp({ file, now: () => new Date('2028-11-24T09:00:00+08:00') });
      await app.close();
      expect(pendingIn(file)).toBe(false);
      const text = fileText(file);
      for (const value of Object.values(her)) expect.soft(text.includes(bytes(value)), value).toBe(false);
      expect(text).toContain(bytes(other.name));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
