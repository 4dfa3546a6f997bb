// The bundle is read and drawn in a worker thread (issue 19 point 4): while a week of many rows is
// exported, the main thread's event loop keeps turning, so a kiosk call waits for no drawing step.
// Drawn on the main thread, the workbook and PDF of this week hold the loop for most of the export.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WEEK, weekRoom } from './room';

const EXTRA_VISITS = 10_000;

describe('the weekly export beside the event loop', () => {
  it('keeps a main-thread timer ticking all through a long export', async () => {
    const r = await weekRoom();
    // A busy week: visits of 16–20 November, one a minute from 16:00, all checked out.
    const insert = r.t.app.sqlite.prepare(`insert into visit (child_id, checked_in_at, checked_out_at, checkout_method, created_at, updated_at) values (?, ?, ?, 'staff', ?, ?)`);
    r.t.app.sqlite.transaction(() => {
      for (let i = 0; i < EXTRA_VISITS; i++) {
        const day = 16 + (i % 5);
        const minute = Math.floor(i / 5) % 600;
        const at = (m: number) => `2026-11-${day}T${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
        insert.run(r.ids.ming, at(minute), at(minute + 30 > 599 ? 599 : minute + 30), at(minute), at(minute));
      }
    })();

    let ticks = 0;
    let longestGap = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks++;
    }, 5);
    const started = performance.now();
    try {
      const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out });
      const duration = performance.now() - started;
      expect(run.rows).toBeGreaterThan(EXTRA_VISITS);
      expect(fs.existsSync(run.bundlePath)).toBe(true);
      // The loop turned all along: many ticks, and no pause anywhere near the export's own length.
      expect(ticks).toBeGreaterThan(duration / 50);
      expect(longestGap).toBeLessThan(duration / 4);
    } finally {
      clearInterval(timer);
    }
  }, 60_000);
});
