// checkin.during_export (issue 19 point 4): kiosk check-ins and check-outs through dispatch, one after
// another, for as long as a weekly export of the district room runs in the same process. The export is
// read and drawn in the bundle worker, so a check-in waits only for the main thread's short steps.
import type { App } from '../../electron/app';
import { kioskSession, type Session } from '../../electron/session';
import { summarize, type Figure } from './measure';

export async function checkinsDuringExport(app: App, admin: Session, childIds: number[], exportDir: string, week: string, nowMs: number): Promise<Figure> {
  const kiosk = kioskSession(nowMs);
  // Children already in the room at NOW (the district data leaves some visits open) would be refused.
  const inRoom = new Set(app.sqlite.prepare('select child_id from visit where checked_out_at is null and voided_at is null').pluck().all() as number[]);
  const free = childIds.filter((id) => !inRoom.has(id));
  let done = false;
  const exporting = app.dispatch('exports.week', { week, folder: exportDir }, admin).finally(() => (done = true));
  const samples: number[] = [];
  // In and out in turns until the export ends, so every step of it, reading and drawing, is sampled.
  for (let i = 0; !done; i++) {
    // A tap reaches the main process as its own event (IPC): let the loop turn between taps, as the app
    // does, else the worker's answer would wait behind an endless chain of promises.
    await new Promise((resolve) => setImmediate(resolve));
    const childId = free[i % free.length];
    const method = Math.floor(i / free.length) % 2 === 0 ? 'kiosk.checkIn' : 'kiosk.checkOut';
    const started = performance.now();
    const result = await app.dispatch(method, { childId }, kiosk);
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`checkin.during_export: ${method} ${JSON.stringify(result.error)}`);
  }
  const exported = await exporting;
  if (!exported.ok) throw new Error(`checkin.during_export: the export failed: ${JSON.stringify(exported.error)}`);
  return summarize('checkin.during_export', samples);
}
