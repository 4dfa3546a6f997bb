// App lifecycle: one instance, one window, the database opened (and migrated) before the window shows.
import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createApp, type App } from './app';
import { registerIpc, APP_ORIGIN } from './ipc';
import { databaseFile } from './paths';
import { registerSchemePrivileges, serveRenderer } from './protocol';
import { denyPermissions, hardenContents, windowOptions } from './window';
import { AppError } from '../shared/errors';

registerSchemePrivileges();

if (!app.requestSingleInstanceLock()) {
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
    try {
      core = await createApp({ file: databaseFile(userData), backupDir: path.join(userData, 'backups') });
    } catch (error) {
      const newer = error instanceof AppError && error.code === 'database_newer';
      dialog.showErrorBox(
        "Children's Home / 留守儿童之家",
        newer
          ? '数据库来自更新版本的程序，请先升级本程序。\nThe database was written by a newer version of this app: please update the app.'
          : `无法打开数据库：${String(error)}\nThe database could not be opened.`,
      );
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

  function createWindow(): BrowserWindow {
    const win = new BrowserWindow(windowOptions(path.join(app.getAppPath(), 'dist-electron', 'preload.cjs')));
    win.once('ready-to-show', () => win.show());
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    win.on('closed', () => (mainWindow = null));
    return win;
  }
}
