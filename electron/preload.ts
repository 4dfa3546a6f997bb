// Exposes window.api: one function per contract method, each a plain invoke. Nothing else crosses,
// and no raw IPC event ever reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import type { MethodName } from '../shared/contract';

/** The contract's method names, written in by the build (vite.config.ts). The preload runs before the
 * page at every start: importing the contract brought zod and every schema into it (226 KB), whose run
 * took 40–130 ms of a start on a CPU throttled as a room's old PC; the names alone take 1–4 ms. */
declare const __METHOD_NAMES__: readonly MethodName[];

const api = Object.fromEntries(__METHOD_NAMES__.map((method) => [method, (input: unknown) => ipcRenderer.invoke('api', method, input)]));

contextBridge.exposeInMainWorld('api', api);
