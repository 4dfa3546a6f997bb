// One moment of the file (electron/db/snapshot.ts): writes made meanwhile are not seen, and a snapshot
// that keeps its results answers a query asked again exactly as a fresh read would, each caller with
// its own array.
import { describe, expect, it } from 'vitest';
import { withSnapshot } from '../../../electron/db/snapshot';
import { createTestApp } from '../helpers';

const AT = '2026-11-23T10:00:00+08:00';

describe('withSnapshot', () => {
  for (const keepResults of [false, true]) {
    it(`reads one moment, with${keepResults ? '' : 'out'} keeping results`, async () => {
      const t = await createTestApp();
      const add = (action: string) => t.app.sqlite.prepare("insert into audit_log (actor_role, action, table_name, created_at, updated_at) values ('system', ?, 'test', ?, ?)").run(action, AT, AT);
      add('test.a');
      const seen = await withSnapshot(
        t.app.host.databaseFile,
        async (db) => {
          const read = (prefix: string) => db.selectFrom('audit_log').select('action').where('action', 'like', `${prefix}%`).orderBy('action').execute();
          const first = await read('test.');
          add('test.b');
          first.push({ action: 'changed by the caller' });
          return { first, again: await read('test.'), other: await read('test.b') };
        },
        { keepResults },
      );
      expect(seen.again).toEqual([{ action: 'test.a' }]);
      expect(seen.other).toEqual([]);
      expect(seen.first).toHaveLength(2);
      expect(t.app.sqlite.prepare("select count(*) from audit_log where action like 'test.%'").pluck().get()).toBe(2);
    });
  }
});
