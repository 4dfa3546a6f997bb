// The district indexes (migrations 0009–0012) stay in use: the screens they were added for (tests/bench/district.ts
// timed each over 100 ms on a district database without them) neither scan a big table nor make
// SQLite build an automatic index. Without ANALYZE statistics SQLite picks the same plan on a small
// file as on a large one, so the plans read here are the plans a district gets.
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../electron/session';
import { createClock } from '../../../electron/services/deps';
import { weekFacts } from '../../../electron/services/exports/facts';
import { textsFor } from '../../../electron/services/exports/texts';
import { weekRange } from '../../../electron/services/exports/week';
import type { Input, MethodName } from '../../../shared/contract';
import { childInput } from '../fixtures';
import { createTestApp, type TestApp } from '../helpers';
import { readsDuring } from '../statementReads';

/** Every plan step of every query (SELECT, or WITH … SELECT) the call ran. */
async function plansOf<M extends MethodName>(t: TestApp, session: Session, method: M, input: Input<M>): Promise<string[]> {
  const sqlite = t.app.sqlite;
  const { reads } = await readsDuring(sqlite, () => t.ok(session, method, input));
  return reads
    .filter(({ sql }) => /^\s*(select|with)\b/i.test(sql))
    .flatMap(({ sql, params }) => (sqlite.prepare(`explain query plan ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail));
}

/** Full scans (but of the children, whom lists read all, the roll built from them, the few settings and the room's weekly openings) and automatic indexes. */
function costly(steps: string[]): string[] {
  return steps.filter((s) => s.includes('AUTOMATIC') || (/^SCAN \w+$/.test(s) && !/^SCAN (c|child|roll|setting|opening)$/.test(s)));
}

async function room() {
  const t = await createTestApp();
  const teacher = await t.signIn('teacher', '王老师');
  const child = await t.ok(t.admin, 'children.create', childInput({ name: '李小红' }));
  const parentId = child.parents[0].id;
  await t.ok(teacher, 'calls.log', { childId: child.id, parentId, outcome: 'talked', durationMinutes: 3, endedMinutesAgo: 60 });
  await t.ok(teacher, 'calls.book', { childId: child.id, parentId });
  await t.ok(teacher, 'checkins.checkIn', { childId: child.id });
  await t.ok(teacher, 'care.create', { kind: 'talk', childId: child.id, date: '2026-11-20', text: '聊了学习' });
  return { t, teacher, child };
}

describe('district indexes', () => {
  it('calls.queue and kiosk.status find bookings by status and the call in progress by booking', async () => {
    const { t, teacher, child } = await room();
    for (const steps of [await plansOf(t, teacher, 'calls.queue', {}), await plansOf(t, t.kiosk, 'kiosk.status', { childId: child.id })]) {
      expect(steps.join('\n')).toContain('USING INDEX call_booking_status (status=?)');
      expect(steps.join('\n')).toContain('USING INDEX call_open (booking_id=?)');
      expect(costly(steps)).toEqual([]);
    }
  });

  it("calls.overdue probes each child's latest talk (migration 0010) and reads no booking history", async () => {
    const { t, teacher } = await room();
    const steps = await plansOf(t, teacher, 'calls.overdue', { days: 30 });
    expect(steps.join('\n')).toContain('COVERING INDEX call_child_talk (child_id=? AND outcome=? AND voided_at=?)');
    expect(costly(steps)).toEqual([]);
  });

  it("stats.room counts the last 28 days' visits from the index alone", async () => {
    const { t, teacher } = await room();
    const steps = await plansOf(t, teacher, 'stats.room', {});
    expect(steps.join('\n')).toContain('COVERING INDEX visit_checked_in_voided');
    expect(costly(steps)).toEqual([]);
  });

  it("books.list (migration 0011) reads the catalogue's first page in title order from the index, sorting nothing", async () => {
    const { t, teacher } = await room();
    for (const title of ['草房子', '阿凡提']) await t.ok(teacher, 'books.create', { book: { title }, copies: 1 });
    const steps = await plansOf(t, teacher, 'books.list', {});
    const page = steps.indexOf('SCAN book USING INDEX book_title_sort');
    expect(page).toBeGreaterThanOrEqual(0);
    // The page's query plan is that one step: no 'USE TEMP B-TREE FOR ORDER BY' over every title.
    expect(steps[page + 1]).toBe('SCAN book USING COVERING INDEX book_title_sort');
    expect(costly(steps)).toEqual([]);
  });

  it("care.dueList reads each child's newest record per duty from the index, never the records", async () => {
    const { t, teacher } = await room();
    const steps = await plansOf(t, teacher, 'care.dueList', { scope: 'staff', staffId: null });
    expect(steps.join('\n')).toContain('COVERING INDEX care_record_child_done');
    // The group with no surrogate parent includes those of archived staff, read from the few staff.
    expect(costly(steps).filter((s) => s !== 'SCAN staff')).toEqual([]);
  });

  // Migration 0012. The indexes are partial: a plan that names them proves the query repeats their WHERE.
  it('care.dueGroups and care.coverage read who did each duty in a span from the partial indexes of records and talked calls', async () => {
    const { t, teacher } = await room();
    for (const steps of [await plansOf(t, teacher, 'care.dueGroups', {}), await plansOf(t, teacher, 'care.coverage', {})]) {
      const plan = steps.join('\n');
      expect(plan).toContain('USING INDEX care_record_duty_day (kind=? AND date>?');
      expect(plan).toContain('USING INDEX call_talked_day (started_at>?');
      expect(plan).not.toContain('care_record_kind_date');
      // The staff are read whole for their names: a few hundred at most.
      expect(costly(steps).filter((s) => s !== 'SCAN staff')).toEqual([]);
    }
  });

  it("the weekly export's facts find the loans still out and the week's care records by index (migration 0028)", async () => {
    const { t, teacher } = await room();
    const range = weekRange('2026-W47', 'Asia/Shanghai');
    if (!range) throw new Error('2026-W47 is a week');
    const ctx = { db: t.app.db, clock: createClock(t.clock.now, 'Asia/Shanghai'), actor: teacher, range, includeContacts: false, texts: textsFor('zh-CN') };
    const { reads } = await readsDuring(t.app.sqlite, () => weekFacts(ctx));
    const planOf = (what: string, test: (sql: string) => boolean) => {
      const read = reads.find(({ sql }) => test(sql));
      if (!read) throw new Error(`${what} was not read`);
      return (t.app.sqlite.prepare(`explain query plan ${read.sql}`).all(...read.params) as { detail: string }[]).map((r) => r.detail);
    };
    const overdue = planOf('the overdue list', (sql) => sql.includes('"book_copy"') && sql.includes('"due_on" <'));
    expect(overdue).toContain('MULTI-INDEX OR');
    expect(overdue.join('\n')).toContain('SEARCH l USING INDEX loan_returned_at (returned_at>?)');
    expect(costly(overdue)).toEqual([]);
    const care = planOf("the week's care counts", (sql) => sql.includes('from "care_record"') && sql.includes('group by "child_id", "kind"'));
    expect(care.join('\n')).toContain('SEARCH care_record USING INDEX care_record_date (date>? AND date<?)');
    expect(costly(care)).toEqual([]);
  });
});
