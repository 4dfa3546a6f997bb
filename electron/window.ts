// The window's security settings, kept apart from main.ts so a unit test can check them with fakes:
// an isolated, sandboxed page without Node, which may not leave the app's origin, open windows,
// attach webviews or be granted any permission (camera, microphone, notifications, …).
import type { BrowserWindowConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { APP_ORIGIN } from './ipc';

export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: "Children's Home",
    webPreferences: webPreferences(preload),
  };
}

/** Only the app's own pages: app://renderer/…, never another host, file:// or the web. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/** For every web contents the app creates (app 'web-contents-created'). */
export function hardenContents(contents: WebContents): void {
  // The URL is read from the event's details: Electron 45 deprecates the separate `url` argument.
  contents.on('will-navigate', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-redirect', (details) => {
    if (!isAppUrl(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * One permission only: the camera (video, never the microphone) for the app's own page, so staff can
 * take a child's photo. A barcode scanner is a keyboard; nothing else is ever granted.
 */
export function limitPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const media = 'mediaTypes' in details ? (details.mediaTypes ?? []) : [];
    callback(permission === 'media' && isAppUrl(details.requestingUrl) && media.length > 0 && media.every((m) => m === 'video'));
  });
  session.setPermissionCheckHandler((_contents, permission, origin, details) => permission === 'media' && origin === APP_ORIGIN && details.mediaType === 'video');
}
