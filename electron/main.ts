// App lifecycle: a command line runs without a window, else one instance, one window, the database
// opened (and migrated) before the window shows, and any failure on the way said and ended.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, safeStorage, session } from 'electron';
import { createApp, type App } from './app';
import type { SecretBox } from './host';
import { commandLineOf, EXIT, runCli } from './cli';
import { markInUse } from './cli/inUse';
import { startupErrorOf } from './db/open';
import { registerIpc, APP_ORIGIN } from './ipc';
import { databaseFile } from './paths';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { limitPermissions, hardenContents, windowOptions } from './window';
import { backupFoldersFor, restoreLatestGood } from './services/backups/startup';
import { APP_TITLE, BUTTONS, noGoodBackupText, restoredText, restoreFailedText, startupText } from './services/backups/startupText';

registerSchemePrivileges();

/** The county server's password is sealed by the OS (DPAPI on Windows, the keychain elsewhere). */
const SAFE_STORAGE: SecretBox = {
  available: () => safeStorage.isEncryptionAvailable(),
  encrypt: (text) => safeStorage.encryptString(text).toString('base64'),
  decrypt: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
};

// `"Children's Home.exe" [--no-sandbox] export-week --week last --out E:\ --log E:\export.log` from a scheduled task.
const commandLine = commandLineOf(process.argv, process.defaultApp === true);

if (commandLine) {
  runCommandLine(commandLine);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  runWindow();
}

/**
 * No window, and no single-instance lock taken or yielded to: a scheduled export runs while the room
 * has the app open. Chromium still starts, so it gets a throwaway profile of its own instead of the window's.
 */
function runCommandLine(args: string[]): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'childrens-home-cli-'));
  app.setPath('userData', profile);
  app.setPath('sessionData', profile);
  const exe = path.basename(process.execPath);
  const program = process.defaultApp ? 'electron .' : exe.includes(' ') ? `"${exe}"` : exe;
  const finish = (code: number) => {
    try {
      fs.rmSync(profile, { recursive: true, force: true });
    } catch {
      // Chromium may still hold a file in it on Windows; the temp folder is the system's to clear.
    }
    app.exit(code);
  };
  runCli(args, console, undefined, program).then(finish, (error: unknown) => {
    console.error(error);
    finish(EXIT.failed);
  });
}

function runWindow(): void {
  let core: App | null = null;
  let releaseFile: (() => void) | null = null;
  let mainWindow: BrowserWindow | null = null;
  let timer: NodeJS.Timeout | null = null;
  /** The scheduled tasks run one after another; closing waits for the one running (a backup holds the file). */
  let scheduled: Promise<unknown> = Promise.resolve();

  const closeDatabase = async () => {
    if (timer) clearInterval(timer);
    const closing = core;
    core = null;
    await scheduled;
    await closing?.close().catch((e: unknown) => console.error('[close]', e));
    releaseFile?.();
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app
    .whenReady()
    .then(async () => {
      Menu.setApplicationMenu(null);
      limitPermissions(session.defaultSession);

      const userData = app.getPath('userData');
      const file = databaseFile(userData);
      core = await openWithDialogs(file, path.join(userData, 'backups'));
      if (!core) {
        app.quit();
        return;
      }
      releaseFile = markInUse(file);

      // Closing-time check-out: once now (the PC may have been off at closing), then every minute.
      const runScheduled = () => {
        scheduled = scheduled.then(() => core?.runScheduledTasks()).catch((e: unknown) => console.error('[scheduler]', e));
      };
      runScheduled();
      timer = setInterval(runScheduled, 60_000);

      serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
      registerIpc(core.dispatch);
      mainWindow = createWindow();
    })
    // A throw after the lock would leave a process with no window that every later launch "focuses".
    .catch(async (error: unknown) => {
      console.error(error);
      dialog.showErrorBox(APP_TITLE, startFailedText(error));
      await closeDatabase();
      app.exit(EXIT.failed);
    });

  app.on('window-all-closed', () => app.quit());
  // Closing the database is asynchronous and checkpoints the WAL: quitting waits for it, then goes on.
  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    void closeDatabase().then(() => app.quit());
  });

  /** The folder chooser over the app's window; a cancel or no window chooses nothing. */
  async function chooseFolder(startIn: string | null): Promise<string | null> {
    const owner = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'], ...(startIn ? { defaultPath: startIn } : {}) };
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }

  /** Opens the database; on trouble says what is wrong and lets the person restore, retry or quit. Null: quit. */
  async function openWithDialogs(file: string, backupDir: string): Promise<App | null> {
    for (;;) {
      try {
        return await createApp({ file, backupDir, secrets: SAFE_STORAGE, chooseFolder });
      } catch (error) {
        const { title, message, detail, buttons } = startupText(startupErrorOf(error, file));
        const { response } = await dialog.showMessageBox({
          type: 'error',
          title,
          message,
          detail,
          buttons,
          defaultId: 0,
          cancelId: buttons.length - 1,
          noLink: true,
        });
        if (buttons[response] === BUTTONS.quit) return null;
        if (buttons[response] === BUTTONS.restore && !(await restoreWithDialog(file, backupDir))) return null;
      }
    }
  }

  async function restoreWithDialog(file: string, backupDir: string): Promise<boolean> {
    const folders = backupFoldersFor(file, backupDir);
    let message: string;
    let restored = false;
    try {
      const result = restoreLatestGood(file, folders, new Date());
      restored = result !== null;
      message = result ? restoredText(result.restoredFrom, result.keptAside) : noGoodBackupText(folders);
    } catch (error) {
      message = restoreFailedText(error);
    }
    await dialog.showMessageBox({ type: restored ? 'info' : 'warning', title: APP_TITLE, message, buttons: ['OK'] });
    return restored;
  }

  function createWindow(): BrowserWindow {
    const win = new BrowserWindow(windowOptions(path.join(app.getAppPath(), 'dist-electron', 'preload.cjs')));
    // Shown when painted, or when the page failed to load: a window nobody can see helps nobody.
    const show = () => {
      if (!win.isDestroyed() && !win.isVisible()) win.show();
    };
    win.once('ready-to-show', show);
    win.webContents.once('did-fail-load', show);
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    win.on('closed', () => (mainWindow = null));
    return win;
  }
}

function startFailedText(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return ['程序无法启动。请重新打开；如果仍然不行，请联系负责这台电脑的老师。', 'The app could not start. Open it again; if it still fails, ask whoever looks after this PC.', '', detail].join('\n');
}
