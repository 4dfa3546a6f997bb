// Electron hardening (issue 8, item 4): the window's webPreferences, and navigation, redirects, new
// windows, webviews and permission requests denied, checked on electron/window.ts with fakes, and then
// on electron/main.ts itself, started against a mocked 'electron' module and a real temp database.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { limitPermissions, hardenContents, isAppUrl, webPreferences, windowOptions } from '../../../electron/window';
import { tempDir } from '../helpers';
import { fakeContents, fakeSession, type FakeSession } from './electronFakes';

type AnyListener = (...args: unknown[]) => unknown;

const main = vi.hoisted(() => ({
  userData: '',
  appListeners: new Map<string, AnyListener>(),
  windows: [] as { options: unknown; url: string | null }[],
  defaultSession: null as FakeSession | null,
  /** The start-up run of the scheduled tasks, awaited before the database closes. */
  scheduled: [] as Promise<unknown>[],
}));

vi.mock('../../../electron/app', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/app')>();
  return {
    ...real,
    createApp: async (options: Parameters<typeof real.createApp>[0]) => {
      const app = await real.createApp(options);
      const run = app.runScheduledTasks;
      app.runScheduledTasks = () => {
        const running = run();
        main.scheduled.push(running);
        return running;
      };
      return app;
    },
  };
});

vi.mock('electron', async () => {
  const { fakeSession: makeSession } = await import('./electronFakes');
  main.defaultSession = makeSession();
  class BrowserWindow {
    private readonly record: { options: unknown; url: string | null };
    constructor(options: unknown) {
      this.record = { options, url: null };
      main.windows.push(this.record);
    }
    readonly webContents = { once() {} };
    once() {}
    on() {}
    show() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: AnyListener) => main.appListeners.set(name, listener),
      whenReady: () => Promise.resolve(),
      getPath: () => main.userData,
      getAppPath: () => '/opt/childrens-home/resources/app.asar',
      quit: () => undefined,
    },
    BrowserWindow,
    dialog: { showErrorBox: () => undefined, showMessageBoxSync: () => 0 },
    Menu: { setApplicationMenu: () => undefined },
    session: { defaultSession: main.defaultSession.session },
    protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
    ipcMain: { handle: () => undefined },
  };
});

const OTHER_ORIGINS = [
  'https://evil.example/',
  'http://127.0.0.1:5173/',
  'file:///etc/passwd',
  'app://renderer.evil.example/index.html',
  'app://other/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
];
const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb'];

describe('the window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security on', () => {
    const prefs = webPreferences('/opt/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/opt/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(windowOptions('/opt/app/preload.cjs').webPreferences).toEqual(prefs);
  });

  it('stays on the app origin: other origins are cancelled on navigation and redirect, its own pages are not', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    for (const url of OTHER_ORIGINS) {
      expect(isAppUrl(url)).toBe(false);
      expect(fake.fire('will-navigate', url), url).toBe(true);
      expect(fake.fire('will-redirect', url), url).toBe(true);
    }
    expect(fake.fire('will-navigate', 'app://renderer/index.html')).toBe(false);
    expect(fake.fire('will-redirect', 'app://renderer/index.html')).toBe(false);
  });

  it('opens no new window, not even one of its own pages, and attaches no webview', () => {
    const fake = fakeContents();
    hardenContents(fake.contents);
    for (const url of [...OTHER_ORIGINS, 'app://renderer/index.html']) expect(fake.open(url)).toEqual({ action: 'deny' });
    expect(fake.fire('will-attach-webview')).toBe(true);
  });

  it('grants the camera to the app’s own page only, and nothing else, asked or checked', () => {
    const fake = fakeSession();
    limitPermissions(fake.session);
    for (const permission of PERMISSIONS) {
      expect(fake.request(permission), permission).toBe(false);
      expect(fake.check(permission), permission).toBe(false);
    }
    // A child's photo: video from the app's page; never the microphone, never another page.
    expect(fake.request('media', { media: ['video'] })).toBe(true);
    expect(fake.check('media', { media: ['video'] })).toBe(true);
    expect(fake.request('media', { media: ['audio'] })).toBe(false);
    expect(fake.request('media', { media: [] })).toBe(false);
    for (const url of OTHER_ORIGINS) {
      expect(fake.request('media', { url, media: ['video'] }), url).toBe(false);
      expect(fake.check('media', { url, media: ['video'] }), url).toBe(false);
    }
  });
});

describe('electron/main.ts', () => {
  afterAll(async () => {
    await Promise.allSettled(main.scheduled);
    await main.appListeners.get('will-quit')?.({ preventDefault: () => undefined });
    vi.useRealTimers();
    if (main.userData) fs.rmSync(main.userData, { recursive: true, force: true });
  });

  it('starts with the hardened window, hardens every web contents and denies permissions', async () => {
    main.userData = tempDir();
    vi.useFakeTimers({ toFake: ['setInterval'] });
    // Started with no command: vitest's own argv (its worker script) would read as one.
    const argv = process.argv;
    process.argv = [process.execPath];
    await import('../../../electron/main');
    process.argv = argv;
    await vi.waitFor(() => expect(main.windows).toHaveLength(1), { timeout: 10_000 });

    const preload = path.join('/opt/childrens-home/resources/app.asar', 'dist-electron', 'preload.cjs');
    expect(main.windows[0].options).toEqual(windowOptions(preload));
    expect(main.windows[0].url).toBe('app://renderer/index.html');

    const created = main.appListeners.get('web-contents-created');
    if (!created) throw new Error("main.ts registers no 'web-contents-created' listener");
    const fake = fakeContents();
    created({}, fake.contents);
    expect(fake.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fake.fire('will-attach-webview')).toBe(true);
    expect(fake.open('https://evil.example/')).toEqual({ action: 'deny' });

    expect(main.defaultSession?.request('media')).toBe(false);
    expect(main.defaultSession?.check('notifications')).toBe(false);
  });
});
