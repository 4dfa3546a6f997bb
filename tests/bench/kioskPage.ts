// The kiosk in Chromium for the bench: the built renderer served by `vite preview`, window.api made by the
// app's own built preload (run before the page, as Electron runs it) and bridged to dispatch on a temp room
// of `children` children, optionally on a CPU throttled through CDP (4× stands in
// for a room's Celeron). Used by kiosk.checkin_ui and the throttled kiosk figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { createApp, type App } from '../../electron/app';
import { kioskSession } from '../../electron/session';
import { DEFAULT_TIMEZONE, fromLocal, toLocalDate } from '../../shared/time';
import { fillBigRoom } from './bigRoom';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const root = path.resolve(import.meta.dirname, '../..');
const PRELOAD = path.join(root, 'dist-electron/preload.cjs');

/** The built preload as an init script: its require('electron') gets a contextBridge that sets window's own
 * property and an ipcRenderer whose invoke goes through the bridge to dispatch. Electron compiles and runs the
 * preload before the page at every start, so the kiosk's start here pays for it too. */
function preloadScript(): string {
  return `(() => {
  const electron = {
    contextBridge: { exposeInMainWorld: (key, value) => { window[key] = value; } },
    ipcRenderer: { invoke: (channel, method, input) => window.__childrensHomeDispatch(method, input) },
  };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('a sandboxed preload cannot require ' + name); };
  const module = { exports: {} };
  (function (exports, require, module) {
${fs.readFileSync(PRELOAD, 'utf8')}
  })(module.exports, require, module);
})()`;
}

/** Runs in the page, as source text: waits a frame at a time for `find`, and fails with the words of the
 * kiosk's problem note if one shows instead (a refused tap would otherwise leave the bench waiting for ever). */
export const UNTIL_SHOWN = `(find) => new Promise((resolve, reject) => {
  const look = () => {
    const found = find();
    const problem = document.querySelector('[role="alert"]');
    if (found) resolve(found);
    else if (problem) reject(new Error('the kiosk said: ' + problem.textContent));
    else requestAnimationFrame(look);
  };
  look();
})`;

/** Runs in the page, as source text (tsx would wrap a real function with helpers the page lacks): taps the name card, then 签到, until the confirmation. */
export const TAP_TO_CONFIRMATION = `async (childName) => {
  const until = ${UNTIL_SHOWN};
  const buttons = () => [...document.querySelectorAll('button')];
  const card = buttons().find((b) => b.getAttribute('aria-label') === childName || (b.textContent || '').startsWith(childName));
  const start = performance.now();
  card.click();
  (await until(() => buttons().find((b) => (b.textContent || '').replace(/\\s/g, '') === '签到'))).click();
  await until(() => [...document.querySelectorAll('h1, h2, h3')].find((h) => h.textContent === childName + '，签到成功！'));
  return performance.now() - start;
}`;

export interface KioskPage {
  page: Page;
  cdp: CDPSession;
  app: App;
  /** The room's clock (afternoonClock): sessions made by hand take their times from it. */
  now(): Date;
  url: string;
  /** Children whose names are unique in the room, for taps by name. */
  names: string[];
  close(): Promise<void>;
}

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

/** Why the kiosk cannot be measured here, or null. */
export function kioskPageMissing(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!fs.existsSync(path.join(root, 'dist/renderer/index.html'))) return 'no built renderer (npm run build)';
  if (!fs.existsSync(PRELOAD)) return 'no built preload (npm run build)';
  return null;
}

/** The bench's clock: today at 16:30 in the room's time zone (after class, before closing), running on
 * from the moment the room is made, so the kiosk takes check-ins whenever the bench is run. */
function afternoonClock(): () => Date {
  const tz = DEFAULT_TIMEZONE;
  const afternoon = fromLocal(toLocalDate(new Date(), tz), '16:30', tz).getTime();
  const started = Date.now();
  return () => new Date(afternoon + (Date.now() - started));
}

export async function openKioskPage(options: { children: number; port: number; throttle?: number }): Promise<KioskPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-bench-ui-'));
  const now = afternoonClock();
  const app = await createApp({ file: path.join(dir, 'ui.sqlite'), now });
  const session = kioskSession();
  await app.dispatch('setup.complete', { schoolName: '基准学校', roomName: '留守儿童之家', adminName: '管理员', pin: '1234' }, session);
  await app.dispatch('auth.lock', {}, session);
  fillBigRoom(app.sqlite, options.children, now());
  const names = (app.sqlite.prepare('select name from child group by name having count(*) = 1').pluck().all() as string[]).slice(0, 2000);
  const url = `http://127.0.0.1:${options.port}/`;
  const server = spawn(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--mode', 'renderer', '--port', String(options.port), '--strictPort', '--host', '127.0.0.1'], {
    cwd: root,
    stdio: 'ignore',
  });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    await waitForServer(url);
    const page = await browser.newPage({ locale: 'zh-CN' });
    const cdp = await page.context().newCDPSession(page);
    if (options.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.throttle });
    await page.exposeBinding('__childrensHomeDispatch', (_s, method: string, input: unknown) => app.dispatch(method, input, session));
    await page.addInitScript(preloadScript());
    const opened = browser;
    return {
      page,
      cdp,
      app,
      now,
      url,
      names,
      async close() {
        await opened.close();
        server.kill();
        await app.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    server.kill();
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
