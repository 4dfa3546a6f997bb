// A stand-in for the 'electron' module, for booting the built dist-electron/main.cjs in Node: it records
// what the app asks of Electron (in order) and lets the test play Electron's part (ready, a second
// launch, a reload, closing the window). A recorder, not a second Electron: nothing is rendered.
import { EventEmitter } from 'node:events';
import Module from 'node:module';

export interface StandInOptions {
  userData: string;
  appPath: string;
  /** What requestSingleInstanceLock answers. */
  lock?: boolean;
  /** A call that throws, to play a failure during start-up (e.g. 'ipcMain.handle'). */
  failOn?: string;
}

type Handler = (...args: unknown[]) => unknown;

export interface PreloadBridge {
  contextBridge: { exposeInMainWorld(key: string, value: unknown): void };
  ipcRenderer: { invoke(channel: string, ...args: unknown[]): Promise<unknown> };
}

class StandInContents extends EventEmitter {
  static next = 1;
  readonly id = StandInContents.next++;
  openHandler: Handler | null = null;
  setWindowOpenHandler(handler: Handler) {
    this.openHandler = handler;
  }
  isDestroyed() {
    return false;
  }
}

interface CustomScheme {
  scheme: string;
  privileges?: Record<string, boolean>;
}

/** A scheme as the log shows it: its name and the privileges turned on, e.g. `app: standard,secure`. */
function schemeAsked({ scheme, privileges = {} }: CustomScheme): string {
  const on = Object.entries(privileges).filter(([, value]) => value);
  return `${scheme}: ${on.map(([name]) => name).join()}`;
}

export function createStandIn(options: StandInOptions) {
  const log: string[] = [];
  const paths = new Map<string, string>([['userData', options.userData]]);
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, Handler>();
  const errorBoxes: { title: string; content: string }[] = [];
  const windows: StandInWindow[] = [];
  const permission = { request: null as Handler | null, check: null as Handler | null };
  let ready = false;
  let readyNow: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (readyNow = resolve));
  let exitWith: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (exitWith = resolve));

  const record = (call: string) => {
    log.push(call);
    if (options.failOn === call) throw new Error(`stand-in: ${call} failed`);
  };

  const app = Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: () => {
      record('app.requestSingleInstanceLock');
      return options.lock ?? true;
    },
    whenReady: () => whenReady,
    isReady: () => ready,
    getPath: (name: string) => {
      const value = paths.get(name);
      if (!value) throw new Error(`stand-in: no path ${name}`);
      return value;
    },
    setPath: (name: string, value: string) => {
      record(`app.setPath(${name})`);
      paths.set(name, value);
    },
    getAppPath: () => options.appPath,
    quit: () => {
      record('app.quit');
      let prevented = false;
      app.emit('will-quit', { preventDefault: () => (prevented = true) });
      if (!prevented) exitWith(0);
    },
    exit: (code = 0) => {
      record(`app.exit(${code})`);
      exitWith(code);
    },
  });

  class StandInWindow extends EventEmitter {
    readonly webContents = new StandInContents();
    url: string | null = null;
    visible = false;
    destroyed = false;
    focused = 0;
    constructor(readonly options: { webPreferences?: { preload?: string } }) {
      super();
      record('new BrowserWindow');
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    loadURL(url: string) {
      this.url = url;
      // The page paints a moment later.
      setImmediate(() => this.emit('ready-to-show'));
      return Promise.resolve();
    }
    show() {
      this.visible = true;
    }
    isVisible() {
      return this.visible;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {
      this.focused++;
    }
    isDestroyed() {
      return this.destroyed;
    }
    close() {
      this.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
      windows.splice(windows.indexOf(this), 1);
      if (windows.length === 0) app.emit('window-all-closed');
    }
  }

  const electron = {
    app,
    BrowserWindow: StandInWindow,
    Menu: { setApplicationMenu: (menu: unknown) => record(`Menu.setApplicationMenu(${String(menu)})`) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Handler) => (permission.request = handler),
        setPermissionCheckHandler: (handler: Handler) => (permission.check = handler),
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: CustomScheme[]) => record(`protocol.registerSchemesAsPrivileged(${schemes.map(schemeAsked).join('; ')})${ready ? ' after ready' : ''}`),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        record(`protocol.handle(${scheme})`);
        protocolHandlers.set(scheme, handler);
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        record('ipcMain.handle');
        ipcHandlers.set(channel, handler);
      },
    },
    // A stand-in that seals by reversing: enough to see the app ask for it, never used for real secrets.
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (text: string) => Buffer.from([...text].reverse().join('')),
      decryptString: (sealed: Buffer) => [...sealed.toString()].reverse().join(''),
    },
    dialog: {
      showErrorBox: (title: string, content: string) => {
        record('dialog.showErrorBox');
        errorBoxes.push({ title, content });
      },
      showMessageBox: (box: { buttons: string[] }) => {
        record('dialog.showMessageBox');
        return Promise.resolve({ response: box.buttons.length - 1 });
      },
    },
  };

  return {
    electron,
    log,
    windows,
    errorBoxes,
    exited,
    protocolHandlers,
    ipcHandlers,
    permission,
    /** Electron's 'ready'. */
    ready() {
      ready = true;
      log.push('ready');
      readyNow();
    },
    /** What a sandboxed preload may require: contextBridge, and ipcRenderer.invoke as a page at `frameUrl` in `win`. */
    preloadBridge(win: StandInWindow, frameUrl: string, world: Record<string, unknown>): PreloadBridge {
      return {
        contextBridge: { exposeInMainWorld: (key, value) => (world[key] = value) },
        ipcRenderer: {
          invoke: async (channel, ...args) => {
            const handler = ipcHandlers.get(channel);
            if (!handler) throw new Error(`No handler registered for '${channel}'`);
            return handler({ sender: win.webContents, senderFrame: { url: frameUrl } }, ...args);
          },
        },
      };
    },
  };
}

export type StandIn = ReturnType<typeof createStandIn>;
export type StandInWindowOf = StandIn['windows'][number];

interface ModuleLoader {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
}

/**
 * Requires `file` afresh (a built CommonJS bundle) with `require('electron')` answered by `module`,
 * and process.argv set to `argv` while it loads (the app reads its command line at load).
 */
export function requireWithElectron(file: string, module: unknown, argv: string[]): void {
  const loader = Module as unknown as ModuleLoader;
  const load = loader._load;
  const savedArgv = process.argv;
  loader._load = function (request, parent, isMain) {
    return request === 'electron' ? module : load.call(this, request, parent, isMain);
  };
  process.argv = argv;
  try {
    const require = Module.createRequire(file);
    delete require.cache[require.resolve(file)];
    require(file);
  } finally {
    loader._load = load;
    process.argv = savedArgv;
  }
}
