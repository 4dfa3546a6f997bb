// What crosses from the main process to the page (issue 8, item 4): the preload exposes window.api and
// nothing else, each method a plain invoke of (method, input); the IPC handler answers only the app's
// own pages and keeps one session per window. 'electron' is mocked; the modules under test are real.
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, registerIpc } from '../../../electron/ipc';
import type { Dispatch } from '../../../electron/dispatch';
import type { Session } from '../../../electron/session';
import { methodNames } from '../../../shared/contract';

type AnyFn = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => ({
  exposed: [] as [string, unknown][],
  invoked: [] as unknown[][],
  subscribed: [] as string[],
  handlers: new Map<string, AnyFn>(),
}));

vi.mock('electron', () => {
  const subscribe = (name: string) => () => electron.subscribed.push(name);
  return {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.push([key, value]) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => {
        electron.invoked.push(args);
        return Promise.resolve({ ok: true, value: `answer ${electron.invoked.length}` });
      },
      on: subscribe('on'),
      once: subscribe('once'),
      addListener: subscribe('addListener'),
      send: subscribe('send'),
      sendSync: subscribe('sendSync'),
    },
    ipcMain: { handle: (channel: string, handler: AnyFn) => electron.handlers.set(channel, handler) },
  };
});

describe('preload', () => {
  it('exposes only window.api: one function per contract method, each invoking (method, input) and nothing more', async () => {
    // The build writes the contract's names in (vite.config.ts); the boot test runs the built preload.
    vi.stubGlobal('__METHOD_NAMES__', methodNames);
    await import('../../../electron/preload');
    expect(electron.exposed.map(([key]) => key)).toEqual(['api']);
    const api = electron.exposed[0][1] as Record<string, AnyFn>;
    expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());

    for (const method of methodNames) {
      const fn = api[method];
      expect(typeof fn, method).toBe('function');
      const input = { probe: method };
      // A page passing extra arguments (a callback, an event-like object) must not get them across.
      const answer = await fn(input, () => 'callback', { sender: 'fake' });
      expect(electron.invoked.at(-1)).toEqual([API_CHANNEL, method, input]);
      expect(answer).toEqual({ ok: true, value: `answer ${electron.invoked.length}` });
    }
    expect(electron.invoked).toHaveLength(methodNames.length);
    expect(electron.subscribed).toEqual([]);
  });
});

interface FakeSender {
  id: number;
  on(name: string, listener: () => void): void;
  once(name: string, listener: () => void): void;
  emit(name: string, details?: object): void;
}

function fakeSender(id: number): FakeSender {
  const listeners = new Map<string, ((details?: object) => void)[]>();
  const add = (name: string, listener: (details?: object) => void) => listeners.set(name, [...(listeners.get(name) ?? []), listener]);
  return { id, on: add, once: add, emit: (name, details) => listeners.get(name)?.forEach((l) => l(details)) };
}

function ipcHarness() {
  const calls: { method: string; input: unknown; session: Session }[] = [];
  const dispatch: Dispatch = async (method, input, session) => {
    calls.push({ method, input, session });
    return { ok: true, value: method };
  };
  registerIpc(dispatch);
  const handler = electron.handlers.get(API_CHANNEL);
  if (!handler) throw new Error(`registerIpc handles no '${API_CHANNEL}' channel`);
  const send = (sender: FakeSender, frameUrl: string | null, method: unknown, input: unknown = {}) =>
    handler({ sender, senderFrame: frameUrl === null ? null : { url: frameUrl } }, method, input) as Promise<unknown>;
  return { calls, send };
}

describe('IPC handler', () => {
  it("answers forbidden to any page that is not the app's own, and to a method that is not a name", async () => {
    const { calls, send } = ipcHarness();
    const page = fakeSender(1);
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://renderer.evil.example/', 'about:blank', '']) {
      expect(await send(page, url, 'children.list'), url).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await send(page, null, 'children.list')).toEqual({ ok: false, error: { code: 'forbidden' } });
    for (const method of [42, null, { toString: () => 'children.list' }, ['children.list']]) {
      expect(await send(page, 'app://renderer/index.html', method)).toEqual({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toEqual([]);
  });

  it('gives each window its own session, starting at the kiosk, and starts over when the page reloads', async () => {
    const { calls, send } = ipcHarness();
    const a = fakeSender(1);
    const b = fakeSender(2);
    expect(await send(a, 'app://renderer/index.html', 'auth.session', { x: 1 })).toEqual({ ok: true, value: 'auth.session' });
    await send(a, 'app://renderer/index.html', 'auth.session');
    await send(b, 'app://renderer/index.html', 'auth.session');
    expect(calls[0]).toMatchObject({ method: 'auth.session', input: { x: 1 }, session: { role: 'kiosk', staffId: null } });
    expect(calls[1].session).toBe(calls[0].session);
    expect(calls[2].session).not.toBe(calls[0].session);

    Object.assign(calls[0].session, { role: 'admin', staffId: 1, staffName: '陈静' });
    // The hash router's in-page navigations and a sub-frame's keep the page, and so the session.
    a.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    a.emit('did-start-navigation', { isMainFrame: false, isSameDocument: false });
    await send(a, 'app://renderer/index.html', 'auth.session');
    expect(calls[3].session).toMatchObject({ role: 'admin', staffId: 1 });
    a.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    await send(a, 'app://renderer/index.html', 'auth.session');
    expect(calls[4].session).toMatchObject({ role: 'kiosk', staffId: null });
  });
});
