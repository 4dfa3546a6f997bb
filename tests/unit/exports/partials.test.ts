// A killed export leaves '<bundle>.partial': it is removed at the next export or scheduled run (not
// while another process still writes it), and the next bundle takes the name the killed one had.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, removeStalePartials } from '../../../electron/services/exports/partials';
import { runScheduledExports } from '../../../electron/services/exports/scheduled';
import { WEEK, weekRoom } from './room';

const BUNDLE = '青山小学-留守儿童之家-2026-W47';

/** The pid of a process that has ended. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function leftBehind(folder: string, name: string, pid: number | null): string {
  const dir = path.join(folder, name);
  fs.mkdirSync(dir);
  if (pid !== null) fs.writeFileSync(path.join(dir, LOCK_FILE), String(pid));
  fs.writeFileSync(path.join(dir, 'checkins.csv'), 'half');
  return dir;
}

describe('what a killed export leaves behind', () => {
  it('is removed before the next export, which takes the name the killed one would have had', async () => {
    const r = await weekRoom();
    leftBehind(r.out, `${BUNDLE}.partial`, deadPid());
    fs.writeFileSync(path.join(r.out, '青山小学-留守儿童之家-台账-2026-11-23.xlsx.partial'), 'half');
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out });
    expect(path.basename(run.bundlePath)).toBe(BUNDLE);
    expect(fs.readdirSync(r.out)).toEqual([BUNDLE]);
    expect(fs.readdirSync(run.bundlePath)).not.toContain(LOCK_FILE);
  });

  it('is removed by the scheduled run at start-up', async () => {
    const r = await weekRoom();
    await r.t.ok(r.t.admin, 'settings.update', { exportFolder: r.out });
    leftBehind(r.out, `${BUNDLE}-2026-W40.partial`, null);
    fs.rmSync(path.join(r.out, `${BUNDLE}-2026-W40.partial`, 'checkins.csv'));
    await runScheduledExports({ db: r.t.app.db, now: r.t.clock.now, host: r.t.app.host });
    expect(fs.readdirSync(r.out)).toEqual([]);
  });

  it('is left alone while a live process writes it, and so is a folder that is not ours', async () => {
    const r = await weekRoom();
    const live = leftBehind(r.out, `${BUNDLE}.partial`, process.ppid);
    const foreign = leftBehind(r.out, 'someone-else.partial', null);
    const stale = leftBehind(r.out, `${BUNDLE}-old.partial`, deadPid());
    expect(removeStalePartials(r.out)).toEqual([path.basename(stale)]);
    expect(fs.existsSync(live)).toBe(true);
    expect(fs.existsSync(foreign)).toBe(true);
    // The killed run's name is still being written: the next bundle goes beside it.
    const run = await r.t.ok(r.t.admin, 'exports.week', { week: WEEK, folder: r.out });
    expect(path.basename(run.bundlePath)).toBe(`${BUNDLE}-2`);
  });
});
