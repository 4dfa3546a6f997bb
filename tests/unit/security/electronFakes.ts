// Fakes of the few Electron objects the hardening talks to: web contents that record which events
// were cancelled, and a session that records its permission handlers.
import type { Session, WebContents } from 'electron';

type Listener = (event: { preventDefault(): void; url?: string }, url?: string) => void;
type OpenHandler = (details: { url: string }) => { action: string };

export interface FakeContents {
  contents: WebContents;
  /** Fires `name` as Electron would; true when a listener cancelled it. */
  fire(name: string, url?: string): boolean;
  /** What the window-open handler answers for `url`. */
  open(url: string): { action: string };
  events(): string[];
}

export function fakeContents(): FakeContents {
  const listeners = new Map<string, Listener[]>();
  let openHandler: OpenHandler | null = null;
  const fake = {
    on(name: string, listener: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return fake;
    },
    setWindowOpenHandler(handler: OpenHandler) {
      openHandler = handler;
    },
  };
  return {
    contents: fake as unknown as WebContents,
    fire(name, url) {
      let prevented = false;
      for (const listener of listeners.get(name) ?? []) listener({ preventDefault: () => (prevented = true), url }, url);
      return prevented;
    },
    open(url) {
      if (!openHandler) throw new Error('no window-open handler was set');
      return openHandler({ url });
    },
    events: () => [...listeners.keys()],
  };
}

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean;

export interface FakeSession {
  session: Session;
  /** What the request handler grants; null when none was set (Electron would then grant). */
  request(permission: string, ask?: PermissionAsk): boolean | null;
  check(permission: string, ask?: PermissionAsk): boolean | null;
}

/** Who asks and, for 'media', for what: the app's own page unless said otherwise. */
export interface PermissionAsk {
  url?: string;
  media?: ('video' | 'audio')[];
}

export function fakeSession(): FakeSession {
  let onRequest: RequestHandler | null = null;
  let onCheck: CheckHandler | null = null;
  const fake = {
    setPermissionRequestHandler: (handler: RequestHandler | null) => (onRequest = handler),
    setPermissionCheckHandler: (handler: CheckHandler | null) => (onCheck = handler),
  };
  return {
    session: fake as unknown as Session,
    request(permission, { url = 'app://renderer/index.html', media = ['video', 'audio'] } = {}) {
      if (!onRequest) return null;
      let granted: boolean | null = null;
      onRequest(null, permission, (g) => (granted = g), permission === 'media' ? { requestingUrl: url, mediaTypes: media } : { requestingUrl: url });
      return granted;
    },
    check: (permission, { url = 'app://renderer/index.html', media = ['audio'] } = {}) =>
      // Electron passes the origin: scheme and host, no path.
      onCheck ? onCheck(null, permission, /^[a-z]+:\/\/[^/]*/i.exec(url)?.[0] ?? url, { mediaType: media[0] }) : null,
  };
}
