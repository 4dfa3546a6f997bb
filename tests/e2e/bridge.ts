// The test transport: window.api in the page calls the same dispatch Electron's IPC calls,
// on a real SQLite file in a temp folder. One fresh room per test, never begun in the day's last minutes (dayEnd.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createApp, type App } from '../../electron/app';
import type { SecretBox } from '../../electron/host';
import { kioskSession, type Session } from '../../electron/session';
import { methodNames } from '../../shared/contract';
import { waitForNewDay } from './dayEnd';

export interface Room {
  app: App;
  session: Session;
  dir: string;
}

async function bridge(page: Page, room: Room): Promise<void> {
  await page.exposeBinding('__childrensHomeDispatch', (_source, method: string, input: unknown) => room.app.dispatch(method, input, room.session));
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as { api: unknown; __childrensHomeDispatch(m: string, i: unknown): Promise<unknown> };
    w.api = Object.fromEntries(names.map((m) => [m, (input: unknown) => w.__childrensHomeDispatch(m, input)]));
  }, methodNames);
  // Like Electron's ipc.ts: a reload starts over at the kiosk.
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) Object.assign(room.session, kioskSession());
  });
}

/** Stands in for the OS's keychain (Electron's safeStorage): seals by reversing, never for real secrets. */
const E2E_SECRETS: SecretBox = {
  available: () => true,
  encrypt: (text) => Buffer.from([...text].reverse().join('')).toString('base64'),
  decrypt: (sealed) => [...Buffer.from(sealed, 'base64').toString()].reverse().join(''),
};

export const test = base.extend<{ room: Room }>({
  room: async ({ page }, use, testInfo) => {
    const wait = waitForNewDay(Date.now(), testInfo.timeout);
    if (wait > 0) {
      testInfo.setTimeout(testInfo.timeout + wait);
      await new Promise((r) => setTimeout(r, wait));
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-e2e-'));
    const app = await createApp({ file: path.join(dir, 'room.sqlite'), secrets: E2E_SECRETS });
    const room = { app, session: kioskSession(), dir };
    await bridge(page, room);
    await use(room);
    // The page may still be polling; close it before the database so no call reaches a closed app.
    await page.close();
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

/** A method called as the room's session, outside the page (a test's setting up); a refusal throws with its error. */
export async function ok<T>(room: Room, method: string, input: unknown): Promise<T> {
  const result = await room.app.dispatch(method, input, room.session);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

type HoldingWindow = Window & { api: Record<string, (input: unknown) => Promise<unknown>>; letGo?: Record<string, () => void> };

/**
 * From the page's next load, the answers to `method` (only to `query`, when given) wait until the
 * returned `letGo` is called, as on a slow room PC: a test sees what the page shows meanwhile.
 */
export async function holdAnswers(page: Page, method: string, query: string | null = null): Promise<() => Promise<void>> {
  await page.addInitScript(
    ({ method, query }) => {
      const w = window as HoldingWindow;
      const answer = w.api[method]!;
      const held = new Promise<void>((resolve) => ((w.letGo ??= {})[method] = resolve));
      w.api[method] = async (input) => {
        if (query === null || (input as { query?: string }).query === query) await held;
        return answer(input);
      };
    },
    { method, query },
  );
  return () => page.evaluate((m) => (window as HoldingWindow).letGo?.[m]?.(), method);
}

export { expect } from '@playwright/test';

export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');
