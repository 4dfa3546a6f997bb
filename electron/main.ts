// App lifecycle: one instance, one window, the database opened (and migrated) before the window shows.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createApp, type App } from './app';
import { commandLineOf, runCli } from './cli';
import { startupErrorOf } from './db/open';
import { registerIpc, APP_ORIGIN } from './ipc';
import { databaseFile } from './paths';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { denyPermissions, hardenContents, windowOptions } from './window';
import { backupFoldersFor, restoreLatestGood } from './services/backups/startup';
import { APP_TITLE, BUTTONS, noGoodBackupText, restoredText, restoreFailedText, startupText } from './services/backups/startupText';

registerSchemePrivileges();

// `"Children's Home.exe" export-week --week 2026-W47 --out E:\` from a scheduled task: no window, no lock.
const commandLine = commandLineOf(process.argv, process.defaultApp === true);

if (commandLine) {
  runCli(commandLine).then(
    (code) => app.exit(code),
    (error: unknown) => {
      console.error(error);
      app.exit(1);
    },
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let core: App | null = null;
  let mainWindow: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenContents(contents));

  app.whenReady().then(async () => {
    Menu.setApplicationMenu(null);
    denyPermissions(session.defaultSession);

    const userData = app.getPath('userData');
    core = await openWithDialogs(databaseFile(userData), path.join(userData, 'backups'));
    if (!core) {
      app.quit();
      return;
    }

    // Closing-time check-out: once now (the PC may have been off at closing), then every minute.
    const runScheduled = () => core?.runScheduledTasks().catch((e: unknown) => console.error('[scheduler]', e));
    void runScheduled();
    setInterval(runScheduled, 60_000);

    serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
    registerIpc(core.dispatch);
    mainWindow = createWindow();
  });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    void core?.close();
  });

  /** Opens the database; on trouble says what is wrong and lets the person restore, retry or quit. Null: quit. */
  async function openWithDialogs(file: string, backupDir: string): Promise<App | null> {
    for (;;) {
      try {
        return await createApp({ file, backupDir });
      } catch (error) {
        const { title, message, detail, buttons } = startupText(startupErrorOf(error, file));
        const { response } = await dialog.showMessageBox({ type: 'error', title, message, detail, buttons, defaultId: 0, cancelId: buttons.length - 1, noLink: true });
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
    win.once('ready-to-show', () => win.show());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    win.on('closed', () => (mainWindow = null));
    return win;
  }
}
