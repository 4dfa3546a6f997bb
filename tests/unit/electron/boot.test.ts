// The built app booted for real (issue 18, item 1): dist-electron/main.cjs and preload.cjs from `npm run
// build`, started in Node against the stand-in 'electron' of standIn.ts with a temp user-data folder,
// from scheme privileges to quit. Runs after the build (`npm run test:boot`), not in plain `vitest run`.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../shared/contract';
import { tempDir } from '../helpers';
import { createStandIn, requireWithElectron, type StandIn, type StandInOptions, type StandInWindowOf } from './standIn';

const root = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(root, 'dist-electron', 'main.cjs');
const PRELOAD = path.join(root, 'dist-electron', 'preload.cjs');
const BUNDLE_WORKER = path.join(root, 'dist-electron', 'bundleWorker.cjs');
const PDF_WORKER = path.join(root, 'dist-electron', 'pdfWorker.cjs');
const EXE = '/opt/Children’s Home/childrens-home';
/** app:// as the stand-in records it: the scheme and the privileges asked for. */
const APP_SCHEME = 'app: standard,secure,supportFetchAPI,codeCache';

beforeAll(() => {
  for (const built of [MAIN, PRELOAD, BUNDLE_WORKER, PDF_WORKER, path.join(root, 'dist', 'renderer', 'index.html')]) {
    if (!fs.existsSync(built)) throw new Error(`${path.relative(root, built)} is missing: run \`npm run build\` first`);
  }
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function boot(argv: string[], options: Partial<StandInOptions> = {}): { standIn: StandIn; userData: string } {
  const userData = tempDir();
  dirs.push(userData);
  const standIn = createStandIn({ userData, appPath: root, ...options });
  requireWithElectron(MAIN, standIn.electron, argv);
  return { standIn, userData };
}

async function windowOf(standIn: StandIn): Promise<StandInWindowOf> {
  for (let i = 0; i < 400 && standIn.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 25));
  const [win] = standIn.windows;
  if (!win) throw new Error(`no window; Electron was asked: ${standIn.log.join(', ')}`);
  return win;
}

type Api = Record<string, (input: unknown) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>>;

/** The real preload in a context offering only what a sandboxed preload gets: require('electron') and a few globals. */
function loadPreload(standIn: StandIn, win: StandInWindowOf, frameUrl: string): Api {
  const world: Record<string, unknown> = {};
  const bridge = standIn.preloadBridge(win, frameUrl, world);
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return bridge;
    throw new Error(`a sandboxed preload cannot require '${name}'`);
  };
  const context = vm.createContext({ console, setTimeout, clearTimeout, Promise });
  const wrapped = vm.runInContext(`(function (exports, require, module) {${fs.readFileSync(PRELOAD, 'utf8')}\n})`, context) as (
    exports: object,
    require: (name: string) => unknown,
    module: { exports: object },
  ) => void;
  const module = { exports: {} };
  wrapped(module.exports, sandboxRequire, module);
  expect(Object.keys(world)).toEqual(['api']);
  return world.api as Api;
}

describe('the built app, booted under a stand-in Electron', () => {
  it('starts, serves, answers, resets, focuses and quits cleanly', async () => {
    const { standIn, userData } = boot([EXE]);
    // Before ready: the privileges (V8's code cache among them, so later starts compile nothing), then the lock; nothing else yet.
    expect(standIn.log).toEqual([`protocol.registerSchemesAsPrivileged(${APP_SCHEME})`, 'app.requestSingleInstanceLock']);
    standIn.ready();
    const win = await windowOf(standIn);
    expect(standIn.log).toContain('Menu.setApplicationMenu(null)');
    expect(standIn.log.indexOf('Menu.setApplicationMenu(null)')).toBeGreaterThan(standIn.log.indexOf('ready'));
    expect(standIn.permission.request).not.toBeNull();

    // The window: hardened, loading the app's page, shown once painted.
    expect(win.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(win.options.webPreferences?.preload).toBe(PRELOAD);
    expect(win.url).toBe('app://renderer/index.html');
    await new Promise((r) => setImmediate(r));
    expect(win.visible).toBe(true);
    expect(win.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    // The protocol: index.html with the CSP, nothing outside dist/renderer, no other host.
    const serve = standIn.protocolHandlers.get('app');
    if (!serve) throw new Error('no app:// handler');
    const index = await serve(new Request('app://renderer/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await index.text()).toContain('<div id="root">');
    for (const url of ['app://renderer/..%2f..%2fpackage.json', 'app://renderer/%2e%2e/%2e%2e/package.json', 'app://other/index.html', 'app://renderer/%E0%A4%A']) {
      expect((await serve(new Request(url))).status, url).toBe(404);
    }

    // Through the real preload: set up, sign in; a hash-route change keeps the session, a reload starts over at the kiosk.
    const api = loadPreload(standIn, win, 'app://renderer/index.html');
    expect((await api['setup.complete']({ schoolName: '青山小学', roomName: '留守儿童之家', adminName: '陈静', pin: '1234' })).ok).toBe(true);
    const staff = (await api['auth.staffNames']({})).value as { id: number }[];
    expect((await api['auth.unlock']({ staffId: staff[0].id, pin: '1234' })).value).toMatchObject({ status: 'unlocked' });
    const navigate = (isSameDocument: boolean) =>
      win.webContents.emit('did-start-navigation', { url: 'app://renderer/index.html', isMainFrame: true, isSameDocument, preventDefault: () => undefined });
    navigate(true);
    expect((await api['auth.session']({})).value).toMatchObject({ role: 'admin' });
    // The register is read and drawn by the bundle worker, found beside main.cjs.
    const out = tempDir();
    dirs.push(out);
    expect(await api['exports.ledger']({ folder: out, includeContacts: false })).toMatchObject({ ok: true, value: { rows: 0 } });
    expect(fs.readdirSync(out).map((f) => path.extname(f))).toEqual(['.csv', '.xlsx']);
    // A week's bundle: its PDF is drawn by the PDF worker, which the bundle worker finds beside itself.
    const weekOut = tempDir();
    dirs.push(weekOut);
    expect(await api['exports.week']({ week: '2026-W01', folder: weekOut, includeContacts: false })).toMatchObject({ ok: true, value: { week: '2026-W01' } });
    const [bundle] = fs.readdirSync(weekOut);
    expect(
      fs
        .readFileSync(path.join(weekOut, bundle ?? '', 'summary.pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    navigate(false);
    expect((await api['auth.session']({})).value).toMatchObject({ role: 'kiosk' });

    // Every contract method answers through the real preload: none is unknown to the main process.
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    // It carries the names only: the contract's schemas (zod) cost a throttled start up to 0.13 s before the page.
    const preload = fs.readFileSync(PRELOAD, 'utf8');
    expect(preload).not.toMatch(/zod/i);
    expect(preload.length).toBeLessThan(10_000);
    for (const method of methodNames) {
      const answer = await api[method]({});
      expect(typeof answer.ok, method).toBe('boolean');
      if (!answer.ok) expect(answer.error?.code, method).not.toBe('unknown_method');
    }

    // A page from anywhere else is refused.
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://renderer.evil.example/']) {
      expect(await loadPreload(standIn, win, url)['auth.session']({}), url).toEqual({ ok: false, error: { code: 'forbidden' } });
    }

    // A second launch brings the window forward.
    standIn.electron.app.emit('second-instance', {}, [EXE], root);
    expect(win.focused).toBe(1);

    // The file is marked in use while the window holds it; closing quits after the database is closed.
    const file = path.join(userData, 'children-home.sqlite');
    expect(fs.existsSync(`${file}.in-use`)).toBe(true);
    win.close();
    expect(await standIn.exited).toBe(0);
    expect(standIn.log.filter((c) => c === 'app.quit')).toHaveLength(2);
    expect(fs.existsSync(file)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}.in-use`)).toBe(false);
  });

  it('quits at once when another instance holds the lock', async () => {
    const { standIn } = boot([EXE], { lock: false });
    expect(await standIn.exited).toBe(0);
    expect(standIn.log).toEqual([`protocol.registerSchemesAsPrivileged(${APP_SCHEME})`, 'app.requestSingleInstanceLock', 'app.quit']);
  });

  it('says so and quits with exit code 1 when start-up throws after the lock', async () => {
    const { standIn, userData } = boot([EXE], { failOn: 'ipcMain.handle' });
    standIn.ready();
    expect(await standIn.exited).toBe(1);
    expect(standIn.errorBoxes).toHaveLength(1);
    expect(standIn.errorBoxes[0].content).toContain('The app could not start');
    expect(standIn.errorBoxes[0].content).toContain('stand-in: ipcMain.handle failed');
    expect(standIn.windows).toHaveLength(0);
    const file = path.join(userData, 'children-home.sqlite');
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    expect(fs.existsSync(`${file}.in-use`)).toBe(false);
  });

  it('runs a command after a Chromium switch with no window, no lock and a profile of its own', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const db = path.join(dir, 'room.sqlite');
    const log = path.join(dir, 'runs.log');
    const { standIn, userData } = boot([EXE, '--no-sandbox', 'backup', '--db', db, '--out', dir, '--log', log], { lock: false });
    expect(await standIn.exited).toBe(0);
    expect(standIn.log).not.toContain('app.requestSingleInstanceLock');
    expect(standIn.log).toContain('app.setPath(userData)');
    expect(standIn.log).toContain('app.setPath(sessionData)');
    expect(standIn.electron.app.getPath('sessionData')).not.toBe(userData);
    expect(standIn.windows).toHaveLength(0);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('room-') || f.startsWith('daily-') || f.endsWith('.sqlite')).length).toBeGreaterThan(1);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/\tbackup --db .*\texit 0\tDatabase \/ 数据库: .*Backup written/);
  });

  it('answers an unknown command with exit 2 and --help with exit 0, neither opening a window', async () => {
    const unknown = boot([EXE, 'export-everything']).standIn;
    expect(await unknown.exited).toBe(2);
    const help = boot([EXE, '--no-sandbox', '--help']).standIn;
    expect(await help.exited).toBe(0);
    for (const standIn of [unknown, help]) {
      expect(standIn.windows).toHaveLength(0);
      expect(standIn.log).not.toContain('app.requestSingleInstanceLock');
    }
  });
});
