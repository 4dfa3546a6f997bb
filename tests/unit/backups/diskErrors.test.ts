// A full or read-only disk while the app runs: the command answers file_write_failed (with the file) and
// nothing of it is saved. SQLite reports both for real: max_page_count makes the next page a full disk
// (SQLITE_FULL), query_only refuses every write (SQLITE_READONLY).
import { describe, expect, it } from 'vitest';
import { childInput } from '../fixtures';
import { createTestApp } from '../helpers';

describe('dispatch on a full or read-only disk', () => {
  it('answers file_write_failed on SQLITE_FULL, rolls the command back, and works again once there is room', async () => {
    const t = await createTestApp();
    const pages = t.app.sqlite.pragma('page_count', { simple: true }) as number;
    t.app.sqlite.pragma(`max_page_count = ${pages}`);
    const big = childInput({ name: '王小红', notes: '照'.repeat(2000) });
    const results = [];
    // Each child fills pages; within a few the file needs one more than it may have.
    for (let i = 0; i < 20; i += 1) {
      const result = await t.call(t.admin, 'children.create', { ...big, name: `王小红${i}` });
      results.push(result);
      if (!result.ok) break;
    }
    const failed = results.at(-1);
    expect(failed).toEqual({ ok: false, error: { code: 'file_write_failed', details: { path: t.file } } });
    const saved = results.filter((r) => r.ok).length;
    expect(saved).toBeLessThan(results.length);

    t.app.sqlite.pragma('max_page_count = 1073741823');
    const names = (await t.ok(t.admin, 'children.list', {})).rows.map((c) => c.name);
    expect(names).toHaveLength(saved);
    expect(names).not.toContain(`王小红${saved}`);
    const audits = await t.app.db.selectFrom('audit_log').select('id').where('action', '=', 'children.create').execute();
    expect(audits).toHaveLength(saved);
    expect(t.app.sqlite.inTransaction).toBe(false);
    await t.ok(t.admin, 'children.create', { ...big, name: '李小兰' });
  });

  it('answers file_write_failed on SQLITE_READONLY and still reads', async () => {
    const t = await createTestApp();
    t.app.sqlite.pragma('query_only = 1');
    const result = await t.call(t.admin, 'children.create', childInput());
    expect(result).toEqual({ ok: false, error: { code: 'file_write_failed', details: { path: t.file } } });
    expect(await t.ok(t.admin, 'children.list', {})).toEqual({ rows: [], total: 0 });
  });
});
