// Two programs, one file (issue 13, point 6): the scheduled command-line export runs while the room checks
// children in and out, and two programs open (and migrate) a new file at the same moment. Transactions
// begin immediate, so the second program waits for the first instead of failing.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../electron/app';
import { runCli } from '../../../electron/cli';
import { LATEST_VERSION } from '../../../electron/db/migrations';
import { kioskSession } from '../../../electron/session';
import { childInput } from '../fixtures';
import { createTestApp, tempDir } from '../helpers';
import { bundleWorker, collect, startWorker } from './workers';

const worker = (dir: string) => bundleWorker(path.join(import.meta.dirname, 'twoProgramsWorker.ts'), dir);

async function seed(file: string): Promise<void> {
  const app = await createApp({ file, now: () => new Date('2026-11-16T10:00:00+08:00') });
  const admin = kioskSession();
  const must = async (method: string, input: unknown) => {
    const result = await app.dispatch(method, input, admin);
    if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  };
  await must('setup.complete', { schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' });
  for (let i = 0; i < 6; i++) await must('children.create', childInput({ name: `孩子${i + 1}`, grade: 3 + (i % 3) }));
  // Last week's visits, so the export has rows to write.
  await must('kiosk.checkIn', { childId: 1 });
  await app.close();
}

interface Ack {
  method: 'kiosk.checkIn' | 'kiosk.checkOut';
  childId: number;
  at: string;
}

describe('two programs on one file', () => {
  it('the command-line export succeeds while another process checks children in and out, and every acknowledged write is kept', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'room.sqlite');
      await seed(file);
      const child = startWorker(await worker(dir), ['checkins', file]);
      let acked = 0;
      let onAck: (() => void) | null = null;
      const finished = collect(child, (line) => {
        // A refusal counts as an answer too, so a failing worker ends the wait and the checks below say why.
        if (line === 'ready') return;
        acked += 1;
        onAck?.();
      });
      // Or until the worker stops by itself: the checks below then say why.
      const ackedMore = (n: number) =>
        Promise.race([
          finished,
          new Promise<void>((resolve) => {
            const goal = acked + n;
            onAck = () => acked >= goal && resolve();
          }),
        ]);
      await ackedMore(20);

      const outputs: number[] = [];
      const errors: string[] = [];
      for (const folder of ['a', 'b']) {
        const out = { log: () => {}, error: (m: string) => errors.push(m) };
        const now = () => new Date('2026-11-23T12:00:00+08:00');
        fs.mkdirSync(path.join(dir, folder));
        outputs.push(await runCli(['export-week', '--week', '2026-W47', '--out', path.join(dir, folder), '--db', file], out, now));
      }
      const writesDuringExport = acked;
      await ackedMore(20);
      child.kill('SIGTERM');
      const { lines, stderr } = await finished;

      expect(errors).toEqual([]);
      expect(outputs).toEqual([0, 0]);
      expect(lines.filter((l) => !l.startsWith('{') && l !== 'ready')).toEqual([]);
      expect(stderr).toBe('');
      expect(writesDuringExport).toBeGreaterThan(20);

      const acks = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Ack);
      const sqlite = new SQLite(file, { readonly: true });
      try {
        // One read of every visit: the worker may have written tens of thousands on a loaded machine, and
        // a query per acknowledgement grew with the square of that.
        const stored = new Set<string>();
        for (const v of sqlite.prepare('select child_id, checked_in_at, checked_out_at from visit').all() as {
          child_id: number;
          checked_in_at: string;
          checked_out_at: string | null;
        }[]) {
          stored.add(`kiosk.checkIn ${v.child_id} ${v.checked_in_at}`);
          if (v.checked_out_at) stored.add(`kiosk.checkOut ${v.child_id} ${v.checked_out_at}`);
        }
        const lost = acks.filter((a) => !stored.has(`${a.method} ${a.childId} ${a.at}`));
        expect(lost).toEqual([]);
      } finally {
        sqlite.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // Two processes and two full exports: minutes on a loaded two-core CI machine, seconds on a quiet one.
  }, 300_000);

  it('two processes opening a new file at once both end on the latest version, each migration run once', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'room.sqlite');
      const bundled = await worker(dir);
      const runs = await Promise.all([0, 1].map(() => collect(startWorker(bundled, ['migrate', file]))));
      for (const run of runs) {
        expect(run.stderr).toBe('');
        expect(run.lines).toEqual([`version ${LATEST_VERSION}`]);
        expect(run.code).toBe(0);
      }
      const sqlite = new SQLite(file, { readonly: true });
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      } finally {
        sqlite.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a write that waited the whole busy timeout answers busy, never internal, and saved nothing', async () => {
    const t = await createTestApp();
    const child = await t.ok(t.admin, 'children.create', childInput());
    const other = new SQLite(t.file);
    try {
      other.exec('begin immediate');
      expect(await t.call(t.kiosk, 'kiosk.checkIn', { childId: child.id })).toEqual({ ok: false, error: { code: 'busy' } });
      other.exec('rollback');
      expect((await t.ok(t.admin, 'checkins.room', {})).headCount).toBe(0);
      expect((await t.call(t.kiosk, 'kiosk.checkIn', { childId: child.id })).ok).toBe(true);
    } finally {
      other.close();
    }
  }, 30_000);
});
