// The page's Content-Security-Policy (issue 8, item 4): the header app:// sends with every file and the
// <meta> tag in index.html say the same, and both are strict. tests/e2e/security.spec.ts checks that
// Chromium enforces the built page's policy.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, serveRenderer } from '../../../electron/protocol';
import { HEADER_ONLY, laxness, parsePolicy } from './csp';

type Handler = (request: { url: string }) => Promise<Response>;
const served = vi.hoisted(() => ({ handler: null as Handler | null }));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: () => undefined,
    handle: (_scheme: string, handler: Handler) => (served.handler = handler),
  },
}));

const renderer = path.resolve(import.meta.dirname, '../../../renderer');

function metaPolicy(html: string): string {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!tag) throw new Error('index.html has no Content-Security-Policy meta tag');
  return tag[1];
}

async function get(url: string): Promise<Response> {
  if (!served.handler) throw new Error('serveRenderer registered no app:// handler');
  return served.handler({ url });
}

describe('Content-Security-Policy', () => {
  it('is strict: self only, no inline or eval scripts, no plugins, no remote origin', () => {
    expect(laxness(parsePolicy(CONTENT_SECURITY_POLICY))).toEqual([]);
    expect(parsePolicy(CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('flags what would weaken it', () => {
    expect(laxness(parsePolicy("default-src 'self'; script-src 'self' 'unsafe-eval' https://cdn.example; object-src 'none'; base-uri 'none'"))).toEqual([
      "script-src allows 'unsafe-eval'",
      'script-src allows the remote source https://cdn.example',
    ]);
    expect(laxness(parsePolicy("default-src *; img-src 'self' example.com"))).toHaveLength(5);
  });

  it('is sent by app:// with every file and matches the meta tag of index.html', async () => {
    serveRenderer(renderer);
    const page = await get('app://renderer/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');

    const meta = parsePolicy(metaPolicy(await page.text()));
    const header = parsePolicy(CONTENT_SECURITY_POLICY);
    for (const name of HEADER_ONLY) header.delete(name);
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(header));
  });

  it('serves nothing outside the renderer folder or from another host', async () => {
    serveRenderer(renderer);
    for (const url of ['app://renderer/../package.json', 'app://renderer/%2e%2e/package.json', 'app://other/index.html', 'app://renderer/missing.js']) {
      expect((await get(url)).status, url).toBe(404);
    }
  });
});
