// Migration 0014: bundles written before a week was over (the old Friday 19:00 schedule, or a
// manual export mid-week) miss its weekend, so they become partial and the week is owed again.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../../electron/db/open';
import { tempDir } from '../helpers';

const dirs: string[] = [];
const open: OpenDatabase[] = [];

afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('migration 0014 (export revisions)', () => {
  it('marks a bundle written before its week ended partial and keeps one written after as the first revision', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = path.join(dir, 'room.sqlite');
    const old = await openDatabase({ file, targetVersion: 12 });
    const insert = old.sqlite.prepare(
      "insert into export_run (week, trigger, folder, bundle_path, include_contacts, rows, files, created_at, updated_at) values (?, 'scheduled', 'E:\\', ?, 0, 1, 10, ?, ?)",
    );
    const runs = [
      ['2026-W47', '2026-11-20T19:00:00+08:00'], // Friday of its week
      ['2026-W47', '2026-11-22T23:59:00+08:00'], // Sunday, a minute before the end
      ['2026-W46', '2026-11-16T08:00:00+08:00'], // the Monday after
      ['2026-W53', '2027-01-03T10:00:00+08:00'], // Sunday of the week that turns the year
      ['2026-W53', '2027-01-04T08:00:00+08:00'],
    ];
    for (const [week, at] of runs) insert.run(week, `E:\\${week}`, at, at);
    await old.close();

    const upgraded = await openDatabase({ file });
    open.push(upgraded);
    const rows = await upgraded.db.selectFrom('export_run').select(['week', 'partial_up_to', 'revision', 'replaces_id', 'digest', 'changed_at']).orderBy('id').execute();
    expect(rows).toEqual([
      { week: '2026-W47', partial_up_to: '2026-11-20T19:00:00+08:00', revision: 1, replaces_id: null, digest: null, changed_at: null },
      { week: '2026-W47', partial_up_to: '2026-11-22T23:59:00+08:00', revision: 1, replaces_id: null, digest: null, changed_at: null },
      { week: '2026-W46', partial_up_to: null, revision: 1, replaces_id: null, digest: null, changed_at: null },
      { week: '2026-W53', partial_up_to: '2027-01-03T10:00:00+08:00', revision: 1, replaces_id: null, digest: null, changed_at: null },
      { week: '2026-W53', partial_up_to: null, revision: 1, replaces_id: null, digest: null, changed_at: null },
    ]);
  });
});
