// The demo room's generator (issue 17): `setup.seedDemo` on a fresh database, staff, 300 children
// and a term of history, through dispatch as the wizard's button runs it. Should stay under 10 s.
// Called from tests/bench/run.ts.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { summarize, type Figure } from './measure';

const RUNS = 3;
const NOW = new Date('2026-11-23T08:00:00Z'); // 16:00 in the room

export async function benchDemo(): Promise<Figure[]> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-demo-'));
    const app = await createApp({ file: path.join(dir, 'demo.sqlite'), now: () => NOW });
    const started = performance.now();
    const result = await app.dispatch('setup.seedDemo', {}, kioskSession(NOW.getTime()));
    samples.push(performance.now() - started);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [summarize('demo.seed', samples)];
}
