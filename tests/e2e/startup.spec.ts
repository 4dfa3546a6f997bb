// The window before anything else: a turning ring while the main process answers (a room PC's slow disk
// can make that long), then the kiosk; a quick start that draws the kiosk at once; and a start the main
// process cannot answer, said in plain words instead of a blank window. The kiosk's start renders no antd (App.tsx), so these are plain elements.
import path from 'node:path';
import { expect, holdAnswers, ok, SCREENSHOTS, test } from './bridge';
import { recordSpeech, spoken } from './speech';

type ApiWindow = Window & { api: Record<string, (input: unknown) => Promise<unknown>> };

test('a slow start shows a turning ring, then the kiosk', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'auth.lock', {});
  // The main process's first answer waits until the test lets it go.
  const letStartGo = await holdAnswers(page, 'setup.status');
  await page.goto('/');
  await expect(page.getByRole('status', { name: '请稍候…' })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'start-waiting.png') });
  await expect(page.getByLabel('输入你的名字或拼音首字母')).toHaveCount(0);

  await letStartGo();
  await expect(page.getByLabel('输入你的名字或拼音首字母')).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
});

test('a start the main process refuses says so, in words a teacher can act on', async ({ page }) => {
  await page.addInitScript(() => {
    (window as ApiWindow).api['setup.status'] = async () => ({ ok: false, error: { code: 'internal' } });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText('程序无法启动，请联系管理员。');
  await page.screenshot({ path: path.join(SCREENSHOTS, 'start-failed.png') });
  await expect(page.getByRole('status')).toHaveCount(0);
});

type WatchedWindow = { api: Record<string, (input: unknown) => Promise<unknown>>; calls: string[]; ringShown: boolean; rehearsals: number };

test('a quick start draws the kiosk with no ring before it, and rehearses her screens unseen and unheard', async ({ page, room }) => {
  await ok(room, 'setup.complete', { schoolName: '青山镇中心学校', roomName: '留守儿童之家', adminName: '陈静', pin: '1234', language: 'zh-CN' });
  await ok(room, 'auth.lock', {});
  await recordSpeech(page);
  await page.addInitScript(() => {
    const w = window as unknown as WatchedWindow;
    w.calls = [];
    w.ringShown = false;
    w.rehearsals = 0;
    for (const [method, send] of Object.entries(w.api))
      w.api[method] = (input) => {
        w.calls.push(`${method} ${JSON.stringify(input)}`);
        return send(input);
      };
    new MutationObserver((changes) => {
      if (document.querySelector('[role="status"]')) w.ringShown = true;
      for (const change of changes) for (const node of change.addedNodes) if (node instanceof HTMLElement && node.classList.contains('kiosk-rehearsal')) w.rehearsals += 1;
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/');
  await expect(page.getByLabel('输入你的名字或拼音首字母')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as WatchedWindow).ringShown)).toBe(false);
  // Her screen and the confirmation, laid out once off the screen while the kiosk waits (rehearsal.tsx).
  await expect.poll(() => page.evaluate(() => (window as unknown as WatchedWindow).rehearsals)).toBe(1);

  const seen = await page.evaluate(() => {
    const w = window as unknown as WatchedWindow;
    return { calls: w.calls, left: document.querySelectorAll('.kiosk-rehearsal').length };
  });
  expect(seen.left).toBe(0);
  // Nobody's id is never asked about: the rehearsal's effects (her photo, her books) never ran.
  expect(seen.calls.filter((c) => c.includes('-1'))).toEqual([]);
  expect(seen.calls).toContain('setup.status {}');
  expect(await spoken(page)).toEqual([]);
  await expect(page.getByText('小明')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '签到' })).toHaveCount(0);
});
