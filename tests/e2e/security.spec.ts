// The built page's Content-Security-Policy in Chromium (issue 8, item 4): the app runs under it, the
// policy is strict, and Chromium refuses what an attacker's text would need: an injected inline
// script, an inline event handler, eval (a string timer), and scripts or images from another origin.
// tests/unit/security/csp.test.ts checks that the app:// header says the same as this meta tag.
import { laxness, parsePolicy } from '../unit/security/csp';
import { expect, test } from './bridge';

interface Probe {
  injected: boolean;
  handler: boolean;
  timer: boolean;
  violations: string[];
}

test('the built page runs under a strict CSP that blocks injected and remote code', async ({ page, room }) => {
  // Chromium reports a request the policy stopped, then fails it: none may get an answer.
  const answered: string[] = [];
  const blocked: string[] = [];
  page.on('response', (response) => answered.push(response.url()));
  page.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText}`));
  await page.goto('/');
  await expect(page.getByLabel('学校名称')).toBeVisible();
  expect(room.session.role).toBe('kiosk');

  const content = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(content).not.toBeNull();
  expect(laxness(parsePolicy(content ?? ''))).toEqual([]);

  const probe = await page.evaluate(async (): Promise<Probe> => {
    const w = window as unknown as { __injected?: boolean; __handler?: boolean; __timer?: boolean };
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));

    const inline = document.createElement('script');
    inline.textContent = 'window.__injected = true;';
    document.body.append(inline);

    const img = document.createElement('img');
    img.setAttribute('onerror', 'window.__handler = true;');
    img.src = 'data:image/png;base64,broken';
    document.body.append(img);

    const remote = document.createElement('script');
    remote.src = 'https://evil.example/steal.js';
    document.body.append(remote);
    const pixel = document.createElement('img');
    pixel.src = 'https://evil.example/pixel.png';
    document.body.append(pixel);

    // A string timer is eval run later by the page itself (page.evaluate's own code may eval: DevTools allows it).
    (setTimeout as unknown as (code: string, ms: number) => void)('window.__timer = true;', 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { injected: w.__injected === true, handler: w.__handler === true, timer: w.__timer === true, violations };
  });

  expect(probe.injected).toBe(false);
  expect(probe.handler).toBe(false);
  expect(probe.timer).toBe(false);
  expect(probe.violations).toEqual(
    expect.arrayContaining(['script-src-elem inline', 'script-src-attr inline', 'script-src eval', 'script-src-elem https://evil.example/steal.js', 'img-src https://evil.example/pixel.png']),
  );
  expect(answered.filter((url) => url.includes('evil.example'))).toEqual([]);
  expect(blocked.filter((b) => b.includes('evil.example')).sort()).toEqual(['https://evil.example/pixel.png csp', 'https://evil.example/steal.js csp']);
});
