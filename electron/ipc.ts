// Electron transport over dispatch: one channel, one session per window, and only the app's own
// pages may call it.
import { ipcMain, type WebContents } from 'electron';
import type { Dispatch } from './dispatch';
import { kioskSession, type Session } from './session';

export const API_CHANNEL = 'api';
export const APP_ORIGIN = 'app://renderer';

export function registerIpc(dispatch: Dispatch): void {
  const sessions = new Map<number, Session>();

  const sessionFor = (contents: WebContents): Session => {
    let session = sessions.get(contents.id);
    if (!session) {
      session = kioskSession();
      sessions.set(contents.id, session);
      // A reloaded page starts over at the kiosk; a closed window forgets its session. An in-page
      // navigation (the hash router) or a sub-frame keeps the page, so it keeps the session.
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) sessions.set(contents.id, kioskSession());
      });
      contents.once('destroyed', () => sessions.delete(contents.id));
    }
    return session;
  };

  ipcMain.handle(API_CHANNEL, (event, method: unknown, input: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!frameUrl.startsWith(`${APP_ORIGIN}/`) || typeof method !== 'string') {
      return { ok: false, error: { code: 'forbidden' } };
    }
    return dispatch(method, input, sessionFor(event.sender));
  });
}
