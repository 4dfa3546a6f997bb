// kiosk.checkin_ui: in Chromium, through the test bridge, the time from a child's tap on her name to
// the check-in confirmation on screen (her screen opens, she taps 签到, the confirmation shows).
// Timed inside the page with performance.now(), so Playwright's own round trips do not count.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createApp } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { methodNames } from '../../shared/contract';
import { fillBigRoom } from './bigRoom';
import { summarize, type Figure } from './measure';

const RUNS = 50;
const PORT = 4174;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../..');

/**
 * Runs in the page, as source text: tsx would wrap a real function with helpers the page lacks.
 * Taps the name card, then 签到 once it shows, and resolves when the confirmation heading is there.
 */
const TAP_TO_CONFIRMATION = `async (childName) => {
  const until = (find) => new Promise((resolve) => {
    const look = () => { const found = find(); if (found) resolve(found); else requestAnimationFrame(look); };
    look();
  });
  const buttons = () => [...document.querySelectorAll('button')];
  const card = buttons().find((b) => b.getAttribute('aria-label') === childName || (b.textContent || '').startsWith(childName));
  const start = performance.now();
  card.click();
  (await until(() => buttons().find((b) => (b.textContent || '').replace(/\\s/g, '') === '签到'))).click();
  await until(() => [...document.querySelectorAll('h1, h2, h3')].find((h) => h.textContent === childName + '，签到成功！'));
  return performance.now() - start;
}`;

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not start`);
}

export async function measureKioskUi(): Promise<Figure | null> {
  if (!fs.existsSync(CHROMIUM) || !fs.existsSync(path.join(root, 'dist/renderer/index.html'))) {
    console.log('kiosk.checkin_ui skipped: needs Chromium and a built renderer (npm run build)');
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-ui-'));
  const app = await createApp({ file: path.join(dir, 'ui.sqlite') });
  const session = kioskSession();
  await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, session);
  await app.dispatch('auth.lock', {}, session);
  fillBigRoom(app.sqlite, 200, new Date());
  const rows = app.sqlite.prepare('select name from child group by name having count(*) = 1 limit ?').all(RUNS) as { name: string }[];

  const server = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--mode', 'renderer', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.exposeBinding('__childrensHomeDispatch', (_s, method: string, input: unknown) => app.dispatch(method, input, session));
    await page.addInitScript((names: string[]) => {
      const w = window as unknown as { api: unknown; __childrensHomeDispatch(m: string, i: unknown): Promise<unknown> };
      w.api = Object.fromEntries(names.map((m) => [m, (input: unknown) => w.__childrensHomeDispatch(m, input)]));
    }, methodNames);
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const search = page.getByLabel('输入你的名字或拼音首字母');
    const samples: number[] = [];
    for (const { name } of rows) {
      await search.fill(name);
      await page.getByRole('button', { name, exact: true }).waitFor();
      samples.push(await page.evaluate<number>(`(${TAP_TO_CONFIRMATION})(${JSON.stringify(name)})`));
      await page.getByRole('button', { name: '好的' }).click();
    }
    return summarize('kiosk.checkin_ui', samples);
  } finally {
    await browser.close();
    server.kill();
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
